#include "ui/netstatuswidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace CarScout::Ui {

NetStatusWidget::NetStatusWidget(QWidget *parent)
    : QWidget(parent), m_counters(new QLabel(this)), m_rates(new QLabel(this)), m_pauses(new QLabel(this)), m_breakerLayout(new QHBoxLayout)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_counters->setObjectName(QStringLiteral("netCounters"));
    m_rates->setObjectName(QStringLiteral("ratesDate"));
    m_counters->setTextFormat(Qt::PlainText);
    m_rates->setTextFormat(Qt::PlainText);
    m_pauses->setObjectName(QStringLiteral("detailPauses"));
    m_pauses->setTextFormat(Qt::PlainText);
    m_pauses->setStyleSheet(QStringLiteral("color: #a66a00;"));
    m_pauses->setVisible(false);
    m_breakerLayout->setSpacing(8);
    layout->addWidget(m_counters);
    layout->addLayout(m_breakerLayout);
    layout->addWidget(m_pauses);
    layout->addWidget(m_rates);
    setCounters({});
    setRatesDate({});
}

QString NetStatusWidget::formatBytes(qint64 bytes, const QLocale &locale)
{
    return locale.formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

void NetStatusWidget::setCounters(const NetCounters &c)
{
    const QLocale locale;
    m_counters->setText(tr("Requests: %1 · retries: %2 · failures: %3 · %4 · rate-limit wait: %5 s")
                            .arg(locale.toString(c.requests), locale.toString(c.retries),
                                 locale.toString(c.failures), formatBytes(c.bytes, locale),
                                 locale.toString(double(c.rateWaitMs) / 1000.0, 'f', 1)));
    m_counters->setToolTip(tr("Requests in flight: %1").arg(c.inFlight));
}

void NetStatusWidget::setBreakers(const QList<BreakerState> &breakers)
{
    for (const BreakerState &b : breakers) {
        QLabel *label = nullptr;
        for (const auto &[id, l] : std::as_const(m_breakerLabels)) {
            if (id == b.sourceId)
                label = l;
        }
        if (!label) {
            label = new QLabel(this);
            label->setObjectName(u"breaker_" + b.sourceId);
            label->setTextFormat(Qt::PlainText);
            m_breakerLayout->addWidget(label);
            m_breakerLabels.append({b.sourceId, label});
        }
        QString state;
        QString color;
        if (b.state == u"open") {
            state = tr("blocked (breaker open)");
            color = QStringLiteral("#b00020");
        } else if (b.state == u"half-open") {
            state = tr("probing");
            color = QStringLiteral("#a66a00");
        } else {
            state = tr("OK");
            color = QString();
        }
        label->setText(tr("%1: %2").arg(b.displayName, state));
        label->setStyleSheet(color.isEmpty() ? QString() : u"color: " + color + u';');
        label->setToolTip(tr("Circuit breaker of %1: %2").arg(b.displayName, b.state));
    }
}

void NetStatusWidget::setRatesDate(const QDate &date)
{
    if (date.isValid())
        m_rates->setText(tr("CBR rates of %1").arg(QLocale().toString(date, QLocale::ShortFormat)));
    else
        m_rates->setText(tr("CBR rates: not loaded"));
}

void NetStatusWidget::setDetailPauses(const QList<DetailPauseState> &pauses)
{
    const QLocale locale;
    QStringList parts;
    for (const DetailPauseState &p : pauses) {
        if (p.probing) {
            parts << tr("%1 details: one trial request decides whether they resume").arg(p.displayName);
        } else {
            const qint64 seconds = (p.remainingMs + 999) / 1000;
            const QString left = seconds >= 60
                ? tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'))
                : tr("%n s", nullptr, int(seconds));
            parts << tr("%1 details paused (the server asked to slow down): %2 left").arg(p.displayName, left);
        }
    }
    m_pauses->setText(parts.join(QStringLiteral(" · ")));
    m_pauses->setToolTip(parts.isEmpty() ? QString()
                                         : tr("Searches go on; listing details from this marketplace wait until the "
                                              "pause is over, then one trial request is sent."));
    m_pauses->setVisible(!parts.isEmpty());
}

QString NetStatusWidget::pausesText() const { return m_pauses->text(); }

QString NetStatusWidget::countersText() const { return m_counters->text(); }
QString NetStatusWidget::ratesText() const { return m_rates->text(); }

QString NetStatusWidget::breakerText(const QString &sourceId) const
{
    for (const auto &[id, label] : m_breakerLabels) {
        if (id == sourceId)
            return label->text();
    }
    return {};
}

} // namespace CarScout::Ui
