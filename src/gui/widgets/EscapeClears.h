#pragma once

// Escape in a search or filter box clears it (as in a spreadsheet's filter and the provincial platform's search);
// an empty box lets Escape through (a dialog then closes as usual).

#include <QObject>

class QLineEdit;

namespace tp {

class EscapeClears : public QObject {
    Q_OBJECT

public:
    // Watches `edit` (and is owned by it).
    static void install(QLineEdit* edit);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit EscapeClears(QLineEdit* edit);
};

} // namespace tp
