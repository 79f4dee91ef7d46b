#include "core/Masking.h"

namespace {

const QString dots = QStringLiteral("\u2022\u2022\u2022");

} // namespace

QString Masking::name(const QString& name)
{
    Q_UNUSED(name)
    return dots;
}

QString Masking::fullName(const QString& firstNames, const QString& lastName)
{
    return name(firstNames) + QLatin1Char(' ') + name(lastName);
}

QString Masking::email(const QString& email)
{
    if (email.lastIndexOf(QLatin1Char('@')) <= 0)
        return dots;
    return dots + QLatin1Char('@') + dots;
}

QString Masking::nir(const QString& digits)
{
    if (digits.size() < 3)
        return dots;
    return digits.left(1) + QLatin1Char(' ') + digits.mid(1, 2)
        + QStringLiteral(" \u2022\u2022 \u2022\u2022 \u2022\u2022\u2022 \u2022\u2022\u2022 \u2022\u2022");
}
