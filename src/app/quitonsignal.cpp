#include "app/quitonsignal.h"

#include <QSocketNotifier>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace vigie::app {

namespace {

int g_fds[2] = {-1, -1}; // [0] written by the handler, [1] read on the event loop
constexpr int kSignals[] = {SIGTERM, SIGINT, SIGHUP};

void onUnixSignal(int)
{
    const char byte = 1;
    const ssize_t ignored = ::write(g_fds[0], &byte, 1);
    (void)ignored;
}

} // namespace

QuitOnSignal::QuitOnSignal(std::function<void()> quit, QObject *parent)
    : QObject(parent), m_quit(std::move(quit))
{
    if (g_fds[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_fds) != 0)
        return;
    m_notifier = new QSocketNotifier(g_fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &QuitOnSignal::onSignal);
    struct sigaction action = {};
    action.sa_handler = onUnixSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int s : kSignals)
        ::sigaction(s, &action, nullptr);
}

QuitOnSignal::~QuitOnSignal()
{
    if (!m_notifier)
        return;
    for (int s : kSignals)
        std::signal(s, SIG_DFL);
    ::close(g_fds[0]);
    ::close(g_fds[1]);
    g_fds[0] = g_fds[1] = -1;
}

void QuitOnSignal::onSignal()
{
    char byte = 0;
    const ssize_t ignored = ::read(g_fds[1], &byte, 1);
    (void)ignored;
    if (m_quitting)
        return; // a second signal while closing: the first one is being served
    m_quitting = true;
    m_quit();
}

} // namespace vigie::app
