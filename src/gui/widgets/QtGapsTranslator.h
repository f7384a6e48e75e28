#pragma once

// Qt's own Chinese catalogue (qtbase_zh_CN) predates a few of Qt 6's contexts: the file dialog's 类型 column asks
// QAbstractFileIconProvider for "Folder", "Unknown", … and, finding no Chinese, shows English in an otherwise Chinese
// dialog. This small catalogue answers those few strings; it is installed after qtbase's, so it is asked first, and
// answers nothing else (everything else still comes from qtbase's catalogue).

#include <QTranslator>

namespace tp {

class QtGapsTranslator : public QTranslator {
    Q_OBJECT

public:
    explicit QtGapsTranslator(QObject* parent = nullptr);

    QString translate(
        const char* context, const char* sourceText, const char* disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override { return false; }
};

} // namespace tp
