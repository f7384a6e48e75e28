#pragma once

// What a server login's role may do, shown as what the window offers (issue 13). The server refuses the rest anyway
// (privileges, row-level security: ServerSecurity tests); the window does not offer it, so nobody fills in a dialog
// only to be told 权限不足. On a file every action is offered (the clerk at the computer does everything).

#include "ServerAdmin.h"

#include <QCoreApplication>
#include <QStringList>

class QWidget;

namespace tp {

class RoleView {
    Q_DECLARE_TR_FUNCTIONS(tp::RoleView)

public:
    // The objectNames of the actions and buttons (plan, roster and teacher pages) that `role` may not use.
    static QStringList hiddenFor(ServerRole role);
    // Hides them in `window` (actions and buttons found by objectName).
    static void apply(QWidget& window, ServerRole role);
    // Why a login of `role` sees an empty plan table with no way to fill it: who makes plans. "" when the role
    // makes plans itself.
    static QString emptyPlanHint(ServerRole role);
};

} // namespace tp
