#pragma once

// Answering the modal dialogs a user would answer (a confirmation, 重试 / 取消, 取消该项目…): the answer is queued
// before the action that opens the dialog, and runs once the dialog is the active modal widget.

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <functional>

namespace tp::test {

// Calls `answer` with the next modal widget as soon as one is shown (polled every 20 ms, for up to 10 s); with
// `objectName`, the next modal widget of that name.
inline void whenModalShows(std::function<void(QWidget*)> answer, const QString& objectName = {})
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, tries, objectName, answer = std::move(answer)] {
        QWidget* modal = QApplication::activeModalWidget();
        if (modal && !objectName.isEmpty() && modal->objectName() != objectName)
            modal = nullptr;
        if (!modal && ++*tries < 500)
            return;
        timer->stop();
        timer->deleteLater();
        if (modal)
            answer(modal);
    });
    timer->start();
}

// Clicks the button of the next message box whose text is `buttonText`; the box's text goes to `seen`.
inline void clickInNextMessageBox(const QString& buttonText, QString* seen = nullptr, const QString& objectName = {})
{
    whenModalShows(
        [buttonText, seen](QWidget* modal) {
            auto* box = qobject_cast<QMessageBox*>(modal);
            if (!box)
                return;
            if (seen)
                *seen = box->text();
            for (QAbstractButton* b : box->buttons())
                if (b->text() == buttonText) {
                    b->click();
                    return;
                }
        },
        objectName);
}

} // namespace tp::test
