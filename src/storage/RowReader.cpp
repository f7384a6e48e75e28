#include "RowReader.h"

#include "DatabaseWork.h"

#include <sqlite3.h>

namespace tp {

namespace {

Error statementError(sqlite3* db, const QString& sql)
{
    return Error { QStringLiteral("%1: %2").arg(sql.simplified().left(80), QString::fromUtf8(sqlite3_errmsg(db))) };
}

} // namespace

RowReader::RowReader(const Database& db, const QString& sql, Database::Binds binds)
    : m_sql(sql)
{
    auto* handle = static_cast<sqlite3*>(sqliteHandle(db));
    if (!handle) {
        auto q = db.exec(sql, binds);
        if (q)
            m_query.emplace(std::move(q.value()));
        else
            m_error = q.error();
        return;
    }
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &m_statement, nullptr) != SQLITE_OK) {
        m_error = statementError(handle, sql);
        return;
    }
    for (const auto& [name, value] : binds) {
        const QByteArray placeholder = QByteArray(":") + name;
        const int index = sqlite3_bind_parameter_index(m_statement, placeholder.constData());
        if (index == 0)
            continue; // a value the statement does not use
        int rc = SQLITE_OK;
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
        case QMetaType::Bool:
            rc = sqlite3_bind_int64(m_statement, index, value.toLongLong());
            break;
        case QMetaType::Double:
            rc = sqlite3_bind_double(m_statement, index, value.toDouble());
            break;
        default:
            if (!value.isValid()) {
                rc = sqlite3_bind_null(m_statement, index);
            } else {
                const QByteArray bytes = value.toString().toUtf8();
                rc = sqlite3_bind_text(m_statement, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
            }
        }
        if (rc != SQLITE_OK) {
            m_error = statementError(handle, sql);
            return;
        }
    }
}

RowReader::~RowReader()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

bool RowReader::next()
{
    if (m_error)
        return false;
    if (m_query)
        return m_query->next();
    if (!m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = statementError(sqlite3_db_handle(m_statement), m_sql);
    return false;
}

qint64 RowReader::int64(int column) const
{
    return m_query ? m_query->value(column).toLongLong() : sqlite3_column_int64(m_statement, column);
}

double RowReader::real(int column) const
{
    return m_query ? m_query->value(column).toDouble() : sqlite3_column_double(m_statement, column);
}

QByteArrayView RowReader::utf8(int column) const
{
    if (m_query) {
        m_utf8 = m_query->value(column).toString().toUtf8();
        return m_utf8;
    }
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(bytes, sqlite3_column_bytes(m_statement, column));
}

QString RowReader::text(int column) const
{
    if (m_query)
        return m_query->value(column).toString();
    const QByteArrayView bytes = utf8(column);
    return QString::fromUtf8(bytes);
}

bool RowReader::isNull(int column) const
{
    return m_query ? m_query->isNull(column) : sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

} // namespace tp
