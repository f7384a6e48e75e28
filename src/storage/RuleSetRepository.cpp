#include "RuleSetRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "LedgerRepository.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace tp {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(tp::RuleSetRepository)
};

const QString kDistrictPrefix = QStringLiteral("district-");

// The stored text of a rule set: compact JSON, keys sorted, so equal rules give equal text.
QString definitionText(CreditRules rules)
{
    return QString::fromUtf8(QJsonDocument(creditRulesToJson(rules)).toJson(QJsonDocument::Compact));
}

Result<StoredRuleSet> readRow(const QSqlQuery& q)
{
    StoredRuleSet s;
    s.id = q.value(0).toLongLong();
    s.district = q.value(1).toString();
    s.preset = q.value(2).toString();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(4).toString().toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error(Text::tr("学分规则集 %1 的内容无法读取：%2").arg(s.id).arg(parseError.errorString()));
    auto rules = creditRulesFromJson(doc.object());
    if (!rules)
        return Error(Text::tr("学分规则集 %1：%2").arg(s.id).arg(rules.error().message));
    s.rules = rules.value();
    if (!s.district.isEmpty())
        s.rules.id = kDistrictPrefix + QString::number(s.id);
    s.createdAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
    s.actor = q.value(6).toString();
    s.note = q.value(7).toString();
    return s;
}

// The choice stored for exactly this district ('' = every district), as the audit log's old value.
Result<QString> storedChoice(Database& db, const QString& district)
{
    auto q = db.exec(QStringLiteral("SELECT preset, rule_set_id FROM credit_rule_choice WHERE district = :d"),
        { { "d", district } });
    if (!q)
        return q.error();
    if (!q->next())
        return QString();
    return q->value(1).isNull() ? q->value(0).toString() : kDistrictPrefix + q->value(1).toString();
}

const QString kRuleSetColumns
    = QStringLiteral("id, district, preset, name, definition, created_at, actor, note FROM credit_rule_set");
} // namespace

Result<QString> RuleSetRepository::resolveDistrict(const QString& district) const
{
    const QString d = district.trimmed();
    if (!d.isEmpty())
        return d;
    auto q = m_db.exec(QStringLiteral("SELECT DISTINCT district FROM plan LIMIT 2"));
    if (!q)
        return q.error();
    QStringList found;
    while (q->next())
        found << q->value(0).toString();
    return found.size() == 1 ? found.first() : QString();
}

Result<RuleSetChoice> RuleSetRepository::choice(const QString& district) const
{
    auto resolved = resolveDistrict(district);
    if (!resolved)
        return resolved.error();
    auto q = m_db.exec(QStringLiteral("SELECT district, preset, rule_set_id FROM credit_rule_choice WHERE district IN "
                                      "(:d, '') ORDER BY district = '' LIMIT 1"),
        { { "d", resolved.value() } });
    if (!q)
        return q.error();
    RuleSetChoice c;
    if (!q->next()) {
        c.preset = defaultCreditRulesId();
        return c;
    }
    c.district = q->value(0).toString();
    c.preset = q->value(1).toString();
    c.ruleSetId = q->value(2).toLongLong();
    c.chosen = true;
    return c;
}

Result<CreditRules> RuleSetRepository::activeRules(const QString& district) const
{
    auto c = choice(district);
    if (!c)
        return c.error();
    if (c->ruleSetId > 0) {
        auto stored = ruleSet(c->ruleSetId);
        if (!stored)
            return stored.error();
        return stored->rules;
    }
    return creditRulePreset(c->preset);
}

Status RuleSetRepository::choosePreset(const QString& district, const QString& presetId)
{
    const CreditRules rules = creditRulePreset(presetId);
    if (rules.id != presetId)
        return Error { Text::tr("没有名为「%1」的学分规则").arg(presetId) };
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto before = storedChoice(m_db, district.trimmed());
    if (!before)
        return before.error();
    auto r = m_db.exec(QStringLiteral("INSERT INTO credit_rule_choice (district, preset, rule_set_id) VALUES (:d, :p, "
                                      "NULL) ON CONFLICT (district) DO UPDATE SET preset = excluded.preset, "
                                      "rule_set_id = NULL"),
        { { "d", district.trimmed() }, { "p", presetId } });
    if (!r)
        return r.error();
    if (Status s = writeAudit(m_db, QStringLiteral("credit_rules"), 0, QStringLiteral("choose"), district.trimmed(),
            before.value(), presetId);
        !s)
        return s;
    if (Status s = LedgerRepository(m_db).setTotalsCycle(rules.cycleFirstYear, rules.cycleYears); !s)
        return s;
    return tx.commit();
}

Result<qint64> RuleSetRepository::saveDistrictRules(const QString& district, CreditRules rules, const QString& note)
{
    const QString d = district.trimmed();
    const QStringList problems = rules.problems();
    if (!problems.isEmpty())
        return Error(
            Text::tr("学分规则集「%1」有问题，未保存：\n%2").arg(rules.name, problems.join(QLatin1Char('\n'))));
    if (rules.basedOn.isEmpty())
        rules.basedOn = rules.id.startsWith(kDistrictPrefix) ? QString() : rules.id;
    if (rules.basedOn.isEmpty()) {
        // A copy of a copy keeps the preset the first copy was made from.
        bool ok = false;
        const qint64 from = rules.id.mid(kDistrictPrefix.size()).toLongLong(&ok);
        if (ok)
            if (auto stored = ruleSet(from))
                rules.basedOn = stored->preset;
    }
    rules.id.clear(); // a district copy's id is its row: district-<id>
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto before = storedChoice(m_db, d);
    if (!before)
        return before.error();
    auto r = m_db.exec(QStringLiteral("INSERT INTO credit_rule_set (district, preset, name, definition, actor, note) "
                                      "VALUES (:d, :p, :n, :def, :actor, :note)"),
        { { "d", d.isEmpty() ? QStringLiteral("*") : d }, { "p", rules.basedOn }, { "n", rules.name },
            { "def", definitionText(rules) }, { "actor", m_db.actor() }, { "note", note.trimmed() } });
    if (!r)
        return r.error();
    const qint64 id = r->lastInsertId().toLongLong();
    auto c = m_db.exec(QStringLiteral("INSERT INTO credit_rule_choice (district, preset, rule_set_id) VALUES (:d, :p, "
                                      ":id) ON CONFLICT (district) DO UPDATE SET preset = excluded.preset, "
                                      "rule_set_id = excluded.rule_set_id"),
        { { "d", d }, { "p", rules.basedOn }, { "id", id } });
    if (!c)
        return c.error();
    if (Status s = writeAudit(m_db, QStringLiteral("credit_rules"), id, QStringLiteral("save"), d, before.value(),
            Text::tr("%1（%2）%3").arg(kDistrictPrefix + QString::number(id), rules.name, note.trimmed()));
        !s)
        return s.error();
    if (Status s = LedgerRepository(m_db).setTotalsCycle(rules.cycleFirstYear, rules.cycleYears); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<StoredRuleSet> RuleSetRepository::ruleSet(qint64 id) const
{
    auto q
        = m_db.exec(QStringLiteral("SELECT ") + kRuleSetColumns + QStringLiteral(" WHERE id = :id"), { { "id", id } });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(Text::tr("没有编号为 %1 的学分规则集").arg(id));
    return readRow(*q);
}

Result<QList<StoredRuleSet>> RuleSetRepository::versions(const QString& district) const
{
    const QString d = district.trimmed().isEmpty() ? QStringLiteral("*") : district.trimmed();
    auto q = m_db.exec(
        QStringLiteral("SELECT ") + kRuleSetColumns + QStringLiteral(" WHERE district = :d ORDER BY id DESC"),
        { { "d", d } });
    if (!q)
        return q.error();
    QList<StoredRuleSet> list;
    while (q->next()) {
        auto row = readRow(*q);
        if (!row)
            return row.error();
        list << row.value();
    }
    return list;
}

Result<qint64> RuleSetRepository::recordedId(const CreditRules& rules)
{
    if (rules.id.startsWith(kDistrictPrefix)) {
        bool ok = false;
        const qint64 id = rules.id.mid(kDistrictPrefix.size()).toLongLong(&ok);
        if (ok) {
            auto stored = ruleSet(id);
            if (!stored)
                return stored.error();
            if (stored->rules == rules)
                return id;
        }
    }
    // A preset (or rules not stored as they are): the snapshot with exactly this definition, made on first use.
    const QString definition = definitionText(rules);
    auto q = m_db.exec(QStringLiteral("SELECT id FROM credit_rule_set WHERE district = '' AND preset = :p AND "
                                      "definition = :def ORDER BY id LIMIT 1"),
        { { "p", rules.id }, { "def", definition } });
    if (!q)
        return q.error();
    if (q->next())
        return q->value(0).toLongLong();
    auto r = m_db.exec(QStringLiteral("INSERT INTO credit_rule_set (district, preset, name, definition, actor, note) "
                                      "VALUES ('', :p, :n, :def, :actor, :note)"),
        { { "p", rules.id }, { "n", rules.name.isEmpty() ? rules.id : rules.name }, { "def", definition },
            { "actor", m_db.actor() }, { "note", Text::tr("登记学分时所用的规则集") } });
    if (!r)
        return r.error();
    return r->lastInsertId().toLongLong();
}

} // namespace tp
