#include "Progress.h"

namespace tp {

Error Cancelled::error(const QString& what)
{
    Error e(what.isEmpty() ? tr("已取消，没有写入任何内容") : tr("已取消%1，没有写入任何内容").arg(what));
    e.code = QLatin1String(kCode);
    return e;
}

} // namespace tp
