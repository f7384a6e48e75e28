#include "ProjectKind.h"

#include "CellParsers.h"

#include <QCoreApplication>
#include <array>

namespace tp {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(tp::ProjectKind)
};

struct KindWord {
    const char16_t* word;
    TrainingKind kind;
};
// Issue 11: 线上/网络/远程/在线 → 网络; 校本 → 校本; 集中/面授/现场/跟岗 → 集中. 线下 (offline, i.e. face to face),
// 脱产 and 外出 (研修 away from school) are face-to-face training too.
constexpr std::array<KindWord, 14> kWords { {
    { u"线上", TrainingKind::Online },
    { u"网络", TrainingKind::Online },
    { u"远程", TrainingKind::Online },
    { u"在线", TrainingKind::Online },
    { u"网上", TrainingKind::Online },
    { u"校本", TrainingKind::SchoolBased },
    { u"集中", TrainingKind::Centralized },
    { u"面授", TrainingKind::Centralized },
    { u"现场", TrainingKind::Centralized },
    { u"跟岗", TrainingKind::Centralized },
    { u"线下", TrainingKind::Centralized },
    { u"脱产", TrainingKind::Centralized },
    { u"外出", TrainingKind::Centralized },
    { u"面对面", TrainingKind::Centralized },
} };
} // namespace

QString kindOriginName(KindOrigin o)
{
    switch (o) {
    case KindOrigin::Chosen:
        return QStringLiteral("chosen");
    case KindOrigin::Modes:
        return QStringLiteral("modes");
    case KindOrigin::Ambiguous:
        return QStringLiteral("ambiguous");
    case KindOrigin::Unknown:
        return QStringLiteral("unknown");
    }
    return QString();
}

QString ProjectKind::describe() const
{
    switch (origin) {
    case KindOrigin::Chosen:
        return Text::tr("%1（人工选择）").arg(trainingKindLabel(*kind));
    case KindOrigin::Modes:
        return Text::tr("%1（培训方式：%2）").arg(trainingKindLabel(*kind), modesText.trimmed());
    case KindOrigin::Ambiguous:
        return Text::tr("未定：培训方式“%1”兼有%2，请选择培训类型")
            .arg(modesText.trimmed(), evidence.join(QStringLiteral("、")));
    case KindOrigin::Unknown:
        return modesText.trimmed().isEmpty()
            ? Text::tr("未定：没有填写培训方式，请选择培训类型")
            : Text::tr("未定：培训方式“%1”看不出培训类型，请选择培训类型").arg(modesText.trimmed());
    }
    return QString();
}

ProjectKind resolveProjectKind(const QString& modesText, std::optional<TrainingKind> chosen)
{
    ProjectKind result;
    result.modesText = modesText;
    if (chosen) {
        result.kind = chosen;
        result.origin = KindOrigin::Chosen;
        return result;
    }
    QList<TrainingKind> found;
    bool mixed = false;
    const QStringList modes = splitModes(modesText);
    for (const QString& mode : modes) {
        if (mode.contains(QStringLiteral("混合")))
            mixed = true;
        for (const KindWord& w : kWords) {
            if (!mode.contains(QString::fromUtf16(w.word)))
                continue;
            if (!found.contains(w.kind)) {
                found << w.kind;
                result.evidence << Text::tr("%1（%2）").arg(trainingKindLabel(w.kind), mode);
            }
        }
    }
    if (found.size() == 1 && !mixed) {
        result.kind = found.first();
        result.origin = KindOrigin::Modes;
    } else if (found.isEmpty() && !mixed) {
        result.origin = KindOrigin::Unknown;
    } else {
        result.origin = KindOrigin::Ambiguous;
        if (mixed && found.size() < 2)
            result.evidence << Text::tr("“混合”");
    }
    return result;
}

} // namespace tp
