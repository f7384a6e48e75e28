#include "QtGapsTranslator.h"

#include <cstring>

namespace tp {

namespace {

struct Entry {
    const char* context;
    const char* source;
    const char* chinese;
};

// The strings Qt 6.4's qtbase_zh_CN lacks in the contexts the file dialog uses; the words are those qtbase_zh_CN
// itself gives the same strings under QFileDialog (Qt 5's context for them).
constexpr Entry kEntries[] = {
    { "QAbstractFileIconProvider", "Folder", "文件夹" },
    { "QAbstractFileIconProvider", "File Folder", "文件夹" },
    { "QAbstractFileIconProvider", "Drive", "驱动器" },
    { "QAbstractFileIconProvider", "Alias", "别名" },
    { "QAbstractFileIconProvider", "Shortcut", "快捷方式" },
    { "QAbstractFileIconProvider", "Unknown", "未知" },
    { "QAbstractFileIconProvider", "File", "文件" },
    { "QAbstractFileIconProvider", "%1 File", "%1 文件" },
};

} // namespace

QtGapsTranslator::QtGapsTranslator(QObject* parent)
    : QTranslator(parent)
{
}

QString QtGapsTranslator::translate(const char* context, const char* sourceText, const char*, int) const
{
    if (!context || !sourceText)
        return {};
    for (const Entry& e : kEntries) {
        if (std::strcmp(context, e.context) == 0 && std::strcmp(sourceText, e.source) == 0)
            return QString::fromUtf8(e.chinese);
    }
    return {};
}

} // namespace tp
