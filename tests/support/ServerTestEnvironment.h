#pragma once

// For GoogleTest programs whose tests run on both backends (storage, services): the "pg." run without a server says
// so for every test (GTEST_SKIP), unless TRAINPLAN_REQUIRE_PG is set (CI, scripts/test.sh): then a missing server is a
// failure. Databases made on the server are dropped at the end. Registered by the program's main():
//
//     ::testing::AddGlobalTestEnvironment(new tp::test::ServerTestEnvironment);

#include "TestBackend.h"

#include <QtGlobal>
#include <gtest/gtest.h>

namespace tp::test {

class ServerTestEnvironment : public ::testing::Environment {
public:
    void SetUp() override
    {
        if (!onServer() || !serverAdminAddress().isEmpty())
            return;
        if (!qEnvironmentVariableIsEmpty("TRAINPLAN_REQUIRE_PG"))
            FAIL() << "TRAINPLAN_REQUIRE_PG is set but TRAINPLAN_TEST_PG names no PostgreSQL server";
        GTEST_SKIP() << "PostgreSQL tests skipped: TRAINPLAN_TEST_PG is not set (scripts/test.sh starts a server)";
    }
    void TearDown() override { dropServerDatabases(); }
};

} // namespace tp::test
