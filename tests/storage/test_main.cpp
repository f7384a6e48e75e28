#include "TestBackend.h"

#include <QCoreApplication>
#include <gtest/gtest.h>

namespace {
// The "pg." run without a server says so for every test (GTEST_SKIP), unless TRAINPLAN_REQUIRE_PG is set (CI,
// scripts/test.sh): then a missing server is a failure. Databases made on the server are dropped at the end.
class ServerEnvironment : public ::testing::Environment {
public:
    void SetUp() override
    {
        if (!tp::test::onServer() || !tp::test::serverAdminAddress().isEmpty())
            return;
        if (!qEnvironmentVariableIsEmpty("TRAINPLAN_REQUIRE_PG"))
            FAIL() << "TRAINPLAN_REQUIRE_PG is set but TRAINPLAN_TEST_PG names no PostgreSQL server";
        GTEST_SKIP() << "PostgreSQL tests skipped: TRAINPLAN_TEST_PG is not set (scripts/test.sh starts a server)";
    }
    void TearDown() override { tp::test::dropServerDatabases(); }
};
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    ::testing::AddGlobalTestEnvironment(new ServerEnvironment);
    return RUN_ALL_TESTS();
}
