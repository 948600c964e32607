#include "gui/syncstatus.h"

#include "core/timeutil.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>
#include <algorithm>

namespace vigie::gui {

namespace {

QString stateText(sync::StreamProgress::State s)
{
    using S = sync::StreamProgress::State;
    switch (s) {
    case S::Pending:
        return SyncStatus::tr("waiting");
    case S::Running:
        return SyncStatus::tr("running");
    case S::Done:
        return SyncStatus::tr("done");
    case S::Failed:
        return SyncStatus::tr("failed");
    case S::Cancelled:
        return SyncStatus::tr("cancelled");
    case S::Unavailable:
        return SyncStatus::tr("not available (licence)");
    }
    return {};
}

QString age(qint64 ms, qint64 nowMs)
{
    const qint64 minutes = std::max<qint64>(0, nowMs - ms) / 60000;
    if (minutes < 1)
        return SyncStatus::tr("just now");
    if (minutes < 120)
        return SyncStatus::tr("%n minute(s) ago", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return SyncStatus::tr("%n hour(s) ago", nullptr, int(minutes / 60));
    return SyncStatus::tr("%n day(s) ago", nullptr, int(minutes / 1440));
}

QString retryIn(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(1, (ms + 999) / 1000);
    if (seconds < 60)
        return SyncStatus::tr("retrying in %1 s").arg(QLocale().toString(seconds));
    return SyncStatus::tr("retrying in %1 min").arg(QLocale().toString((seconds + 59) / 60));
}

} // namespace

SyncStatus::SyncStatus(sync::SyncEngine &engine, QWidget *parent)
    : QWidget(parent), m_engine(engine), m_label(new QLabel(this)), m_bar(new QProgressBar(this)),
      m_cancel(new QToolButton(this)), m_retry(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    layout->addWidget(m_retry);
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(true);
    m_bar->hide();
    m_cancel->hide();
    m_cancel->setAutoRaise(true);
    m_retry->setObjectName(QStringLiteral("retryNow"));
    m_retry->hide();
    m_retry->setAutoRaise(true);
    connect(m_retry, &QToolButton::clicked, this, &SyncStatus::retryRequested);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &SyncStatus::updateIdleText);
    m_ageTimer.setInterval(20000);
    connect(&m_ageTimer, &QTimer::timeout, this, &SyncStatus::updateIdleText);
    m_ageTimer.start();
    connect(m_cancel, &QToolButton::clicked, &m_engine, &sync::SyncEngine::cancel);
    connect(&m_engine, &sync::SyncEngine::started, this, &SyncStatus::onStarted);
    connect(&m_engine, &sync::SyncEngine::progress, this, &SyncStatus::onProgress);
    connect(&m_engine, &sync::SyncEngine::finished, this, &SyncStatus::onFinished);
    retranslate();
    updateIdleText();
}

void SyncStatus::retranslate()
{
    m_cancel->setText(tr("Cancel"));
    m_retry->setText(tr("Retry now"));
    m_retry->setToolTip(m_retryKey.isEmpty()
                            ? tr("Try to reach the services now")
                            : tr("Try to reach the services now (%1)")
                                  .arg(m_retryKey.toString(QKeySequence::NativeText)));
}

void SyncStatus::setNextAttempt(qint64 epochMs)
{
    m_nextAttemptMs = epochMs;
    updateIdleText();
}

void SyncStatus::setRetryShortcut(const QKeySequence &key)
{
    m_retryKey = key;
    retranslate();
}

void SyncStatus::setOfflineState(qint64 lastSuccessMs, qint64 offlineSinceMs)
{
    m_lastSuccessMs = std::max(m_lastSuccessMs, lastSuccessMs);
    m_offlineSinceMs = offlineSinceMs;
    if (!m_running)
        updateIdleText();
}

QString SyncStatus::text() const
{
    return m_label->text();
}

QString SyncStatus::detail() const
{
    QStringList lines;
    for (const auto &s : m_streams) {
        QString line =
            QStringLiteral("%1: %2, %3")
                .arg(s.stream, stateText(s.state), tr("%n item(s)", nullptr, int(s.items)));
        if (!s.error.isEmpty())
            line += QStringLiteral(" — ") + s.error;
        lines << line;
    }
    return lines.join(u'\n');
}

void SyncStatus::onStarted()
{
    m_running = true;
    m_streams.clear();
    m_progress = {};
    m_bar->setRange(0, 0);
    m_bar->show();
    m_cancel->show();
    m_retry->hide();
    m_countdown.stop();
    m_label->setText(tr("Syncing…"));
    setToolTip(QString());
}

void SyncStatus::onProgress(const sync::Progress &progress)
{
    m_progress = progress;
    for (const auto &s : progress.changed)
        m_streams.insert(s.stream, s);
    if (progress.streamsTotal > 0) {
        m_bar->setRange(0, progress.streamsTotal);
        m_bar->setValue(progress.streamsDone + progress.streamsFailed);
    }
    if (progress.compacting) {
        // VACUUM reports no progress: a busy bar.
        m_bar->setRange(0, 0);
        m_label->setText(tr("Compacting the cache after a large sync…"));
    } else {
        m_label->setText(tr("Syncing: %1 of %2 streams, %3 items")
                             .arg(progress.streamsDone + progress.streamsFailed)
                             .arg(progress.streamsTotal)
                             .arg(QLocale().toString(progress.items)));
    }
    setToolTip(detail());
}

void SyncStatus::onFinished(const sync::RunResult &result)
{
    m_running = false;
    for (const auto &s : result.streams)
        m_streams.insert(s.stream, s);
    m_bar->hide();
    m_cancel->hide();
    m_signInRequired = result.signInRequired;
    m_fatalMessage = result.hasFatal ? result.fatal.message : QString();
    m_failedStreams = result.failedCount();
    m_outcome = result.hasFatal            ? Outcome::Fatal
                : result.cancelled         ? Outcome::Cancelled
                : result.signInRequired    ? Outcome::SignIn
                : result.unreachable       ? Outcome::Unreachable
                : result.failedCount() > 0 ? Outcome::StreamsFailed
                                           : Outcome::None;
    // A run that reached the services counts as a sync even if a few streams
    // failed (an unlicensed tenant's sign-ins); the failures are shown beside it.
    if (!result.hasFatal && !result.cancelled && !result.signInRequired && !result.unreachable)
        m_lastSuccessMs = nowMs();
    setToolTip(detail());
    updateIdleText();
}

QString SyncStatus::outcomeText() const
{
    switch (m_outcome) {
    case Outcome::None:
        return {};
    case Outcome::Fatal:
        return m_fatalMessage;
    case Outcome::Cancelled:
        return tr("Sync cancelled.");
    case Outcome::SignIn:
        return tr("Sign-in required.");
    case Outcome::Unreachable:
        return tr("The Microsoft services could not be reached.");
    case Outcome::StreamsFailed:
        return tr("%n stream(s) failed; the rest is up to date.", nullptr, m_failedStreams);
    }
    return {};
}

void SyncStatus::updateIdleText()
{
    if (m_running)
        return;
    QString text;
    if (m_offlineSinceMs > 0)
        text = tr("Offline since %1")
                   .arg(QLocale().toString(fromEpochMs(m_offlineSinceMs).toLocalTime(),
                                           QLocale::ShortFormat));
    else if (m_lastSuccessMs > 0)
        text = tr("Synced %1").arg(age(m_lastSuccessMs, nowMs()));
    else
        text = tr("Not synced yet");
    if (m_offlineSinceMs > 0 && m_lastSuccessMs > 0)
        text += QStringLiteral(" · ") + tr("data from %1").arg(age(m_lastSuccessMs, nowMs()));
    if (m_nextAttemptMs > 0)
        text += QStringLiteral(" · ") + retryIn(m_nextAttemptMs - nowMs());
    if (const QString outcome = outcomeText(); !outcome.isEmpty())
        text += QStringLiteral(" · ") + outcome;
    if (m_demo)
        text = tr("Demo data") + QStringLiteral(" · ") + text;
    m_label->setText(text);
    // Retrying cannot help while sign-in is required (the window offers sign-in).
    m_retry->setVisible((m_offlineSinceMs > 0 || m_nextAttemptMs > 0) && !m_signInRequired);
    if (m_nextAttemptMs <= 0)
        m_countdown.stop();
    else if (!m_countdown.isActive())
        m_countdown.start();
}

void SyncStatus::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_running && m_progress.streamsTotal > 0)
            onProgress(m_progress); // "Syncing: 3 of 9 streams…" in the new language
        else if (m_running)
            m_label->setText(tr("Syncing…"));
        else
            updateIdleText();
        if (!m_streams.isEmpty())
            setToolTip(detail());
    }
    QWidget::changeEvent(event);
}

} // namespace vigie::gui
