#pragma once

// The fixture files of tests/data (copied from the published plans and made-up school lists; the tests do not
// depend on anything outside the repository).

#include <QByteArray>
#include <QString>

namespace tp::test {

QString dataPath(const char* name);
QByteArray readData(const char* name);

} // namespace tp::test

namespace tp::test {

// The settings a window keeps (its tab and docks, the folders of its file dialogs) go to `folder`: not into the
// user's configuration, and not shared with the other test programs ctest runs at the same time. For the
// initTestCase of a GUI test; false when the folder is not usable.
bool isolateSettings(const QString& folder);

} // namespace tp::test
