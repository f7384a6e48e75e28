#pragma once

// 学分规则集 per district (issue 11): the bureau picks a preset for its district, or copies one and edits it;
// registration, the teacher list, reports and the forecast all ask here for the district's active set.
// Versions are kept (a row is never changed), and each registration points at the version it used, so a
// change of rules never rewrites a past credit (LedgerRepository::recalculate does that, explicitly).

#include "CreditRules.h"
#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace tp {

class Database;

// A district's choice. ruleSetId 0: the program's preset `preset` (it follows program updates of that
// preset); else the district's own copy. `chosen` false: nothing is chosen for the district (nor for every
// district), and the 梁平 2021 preset is used.
struct RuleSetChoice {
    QString district; // the row that applies: the district's own, or '' (every district without its own)
    QString preset;
    qint64 ruleSetId = 0;
    bool chosen = false;
};

// A stored version of a rule set.
struct StoredRuleSet {
    qint64 id = 0;
    QString district; // '' for a preset as it was when a registration used it
    QString preset; // the preset it is or was copied from
    CreditRules rules;
    QDateTime createdAt;
    QString actor;
    QString note; // why the district changed it
};

class RuleSetRepository {
public:
    explicit RuleSetRepository(Database& db)
        : m_db(db)
    {
    }

    // The district whose rules apply: `district` itself, or when it is empty the only district the
    // database holds plans for (as the CLI's --district may be left out); '' when there are several or none.
    Result<QString> resolveDistrict(const QString& district) const;
    // The district's active rule set: its own choice, else the choice for every district (''), else the
    // 梁平 2021 preset.
    Result<CreditRules> activeRules(const QString& district) const;
    Result<RuleSetChoice> choice(const QString& district) const;

    // Chooses a program preset for the district ('' = every district without its own). Audited.
    Status choosePreset(const QString& district, const QString& presetId);
    // Saves the district's edited rule set as a new version and makes it active. Refused, listing them, when
    // the set has problems (CreditRules::problems: a number without its source, …). Audited. Returns the id.
    Result<qint64> saveDistrictRules(const QString& district, CreditRules rules, const QString& note);
    // A stored version; its rules' id is "district-<id>" for a district's copy, the preset id for a preset.
    Result<StoredRuleSet> ruleSet(qint64 id) const;
    // The versions a district saved, newest first.
    Result<QList<StoredRuleSet>> versions(const QString& district) const;
    // The stored version that records exactly these rules: a district copy's own row, or (for a preset) the
    // snapshot made the first time a registration used it. Registration calls it inside its transaction.
    Result<qint64> recordedId(const CreditRules& rules);

private:
    Database& m_db;
};

} // namespace tp
