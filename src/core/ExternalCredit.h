#pragma once

// Credits a teacher earned elsewhere (国培, 市培, a provincial platform's record), as a school's file or a clerk enters
// them: core types only, so the file's parser (src/io) and the ledger (src/storage) share them.

#include "CreditRules.h"

#include <QString>

namespace tp {

// Credits earned elsewhere: 国培, 市培, a provincial platform's record.
struct ExternalCredit {
    qint64 id = 0;
    qint64 teacherId = 0;
    int year = 0;
    TrainingLevel level = TrainingLevel::National;
    TrainingKind kind = TrainingKind::Centralized;
    double credits = 0;
    double hours = 0;
    QString title; // the training's name
    QString source; // 国培, 市培, 省平台, ...
    QString category {}; // 课程类别 (上海), empty: none
};

} // namespace tp
