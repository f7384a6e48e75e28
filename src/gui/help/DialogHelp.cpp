#include "DialogHelp.h"

#include "HelpWindow.h"

#include <QKeySequence>
#include <QShortcut>
#include <QVariant>
#include <QWidget>

namespace tp::help {

namespace {
constexpr char kPageProperty[] = "trainplanGuidePage";
}

void bindF1(QWidget* dialog, const QString& page)
{
    dialog->setProperty(kPageProperty, page);
    auto* shortcut = new QShortcut(QKeySequence::HelpContents, dialog);
    shortcut->setObjectName(QStringLiteral("guideShortcut"));
    shortcut->setContext(Qt::WindowShortcut);
    QObject::connect(shortcut, &QShortcut::activated, dialog, [dialog] {
        // A window of the dialog's own: the main window's help window is blocked while a modal dialog is open.
        auto* window = dialog->findChild<HelpWindow*>(QStringLiteral("helpWindow"), Qt::FindDirectChildrenOnly);
        if (!window)
            window = new HelpWindow(dialog);
        window->show(); // laid out at its size first, so that the page scrolls to its heading
        window->showPage(pageOf(dialog));
        window->raise();
        window->activateWindow();
    });
}

QString pageOf(const QWidget* dialog)
{
    return dialog ? dialog->property(kPageProperty).toString() : QString();
}

} // namespace tp::help
