#pragma once

// The kind of a plan's project (集中, 网络, 校本 …) for credits, from its 培训方式 unless a clerk chose one
// (issue 11). One function, used by registration, evaluation and the forecast alike: a mix of online and
// face-to-face words (线上线下混合, 线上研修、线下送教) or no recognisable word leaves the kind undecided, and an
// undecided project earns no credits until a clerk chooses its kind.

#include "CreditRules.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace tp {

// Chosen: a clerk chose the kind (kept per project). Modes: 培训方式 names one kind. Ambiguous: it names more
// than one (or says 混合). Unknown: 培训方式 is empty or names none of the words below.
enum class KindOrigin { Chosen, Modes, Ambiguous, Unknown };
QString kindOriginName(KindOrigin o); // chosen | modes | ambiguous | unknown

struct ProjectKind {
    std::optional<TrainingKind> kind; // unset: undecided (Ambiguous or Unknown)
    KindOrigin origin = KindOrigin::Unknown;
    QString modesText; // 培训方式 as typed
    QStringList evidence; // the words that decided (or conflict): "线上研修 → 网络研修"

    bool decided() const { return kind.has_value(); }
    // For people: "网络研修（培训方式：线上研修）", "集中培训（人工选择）", "未定：培训方式“线上线下混合”兼有
    // 网络研修和集中培训，请选择培训类型", "未定：没有填写培训方式，请选择培训类型".
    QString describe() const;
    bool operator==(const ProjectKind&) const = default;
};

// 线上/网络/远程/在线/网上 → 网络研修; 校本 → 校本研修; 集中/面授/现场/跟岗/线下/脱产/外出 → 集中培训; 混合 →
// undecided. Each mode (split at 、，, /) may name several; the project's kind is decided when all name the same one.
// `chosen` (a clerk's choice) wins over the modes.
ProjectKind resolveProjectKind(const QString& modesText, std::optional<TrainingKind> chosen = std::nullopt);

} // namespace tp
