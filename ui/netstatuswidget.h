#pragma once

// The status-bar strip: live network counters, the circuit breaker of each source, the pauses marketplaces put
// on their detail requests (with the time left) and the CBR rates date.
// It shows plain values; MainWindow feeds it from HttpClient::stats() (throttled) so it has no network logic.

#include <QDate>
#include <QList>
#include <QWidget>

class QLabel;
class QHBoxLayout;

namespace CarScout::Ui {

struct NetCounters
{
    qint64 requests = 0;
    qint64 retries = 0;
    qint64 failures = 0;
    qint64 bytes = 0;
    qint64 rateWaitMs = 0;
    qint64 inFlight = 0;
    friend bool operator==(const NetCounters &, const NetCounters &) = default;
};

struct BreakerState
{
    QString sourceId;
    QString displayName;
    QString state;   // "closed", "open", "half-open"
};

// A marketplace's detail requests paused after its server refused for frequency (Source::detailPause).
struct DetailPauseState
{
    QString sourceId;
    QString displayName;
    qint64 remainingMs = 0;
    bool probing = false;
};

class NetStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit NetStatusWidget(QWidget *parent = nullptr);

    void setCounters(const NetCounters &counters);
    void setBreakers(const QList<BreakerState> &breakers);
    void setRatesDate(const QDate &date);   // invalid = not loaded yet
    void setDetailPauses(const QList<DetailPauseState> &pauses);   // empty = none (the label hides)

    QString countersText() const;           // for tests
    QString breakerText(const QString &sourceId) const;
    QString ratesText() const;
    QString pausesText() const;             // empty when no pause

    static QString formatBytes(qint64 bytes, const QLocale &locale = QLocale());

private:
    QLabel *m_counters;
    QLabel *m_rates;
    QLabel *m_pauses;
    QHBoxLayout *m_breakerLayout;
    QList<QPair<QString, QLabel *>> m_breakerLabels;
};

} // namespace CarScout::Ui
