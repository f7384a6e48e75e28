#pragma once

// A line of text over an empty list, where its rows would be: what the list is for and how to fill it ("还没有学员。
// 用“添加学员…”…"). It follows the view's size and lets clicks through; the page shows it while the list is empty.

#include <QLabel>

class QAbstractScrollArea;

namespace tp {

class EmptyViewHint : public QLabel {
    Q_OBJECT

public:
    EmptyViewHint(const QString& text, QAbstractScrollArea* view);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_viewport;
};

} // namespace tp
