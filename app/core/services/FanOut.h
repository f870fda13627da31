#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace clu {

// Reads one object per id – the list-then-get pattern of the vSphere API – with at most
// `inFlight` GETs open at a time (issue 10 #7: a 269,000-id list once became 269,000 requests
// at once). Results keep the order of `ids`. The first error ends the run (no further GETs are
// started) unless it is NOT_FOUND and `skipMissing` is set: objects listed a moment ago may be
// gone by the time they are read (an expired session). `done` runs exactly once, always
// asynchronously, unless the getters' context died (then the callbacks are dropped with it).
// Refuses to start when the list holds more than `maxIds` ids (<= 0: no cap).
struct FanOutOptions
{
    int inFlight = 12;
    int maxIds = 0;
    bool skipMissing = false;
    QString operation; // for the too-many-ids error
    QString what; // "libraries", "items", "sessions": for the too-many-ids error
};

class FanOutText
{
    Q_DECLARE_TR_FUNCTIONS(FanOut)
public:
    static QString tooMany(qsizetype count, int maxIds, const QString &what)
    {
        return tr("the server listed %1 %2, more than the %3 this client reads one by one; "
                  "look the object up by name or id instead")
            .arg(count)
            .arg(what)
            .arg(maxIds);
    }
};

template<typename T>
void fanOut(const QStringList &ids, const FanOutOptions &options, QObject *context,
            std::function<void(const QString &id, ResultCallback<T> one)> get,
            ResultCallback<QList<T>> done)
{
    QObject *receiver =
        context ? context : static_cast<QObject *>(QCoreApplication::instance());
    if (options.maxIds > 0 && ids.size() > options.maxIds) {
        Result<QList<T>> out;
        out.error = ApiError::invalidInput(options.operation,
                                           FanOutText::tooMany(ids.size(), options.maxIds,
                                                               options.what));
        QMetaObject::invokeMethod(receiver, [done, out]() { done(out); }, Qt::QueuedConnection);
        return;
    }
    if (ids.isEmpty()) {
        QMetaObject::invokeMethod(
            receiver, [done]() { done(Result<QList<T>> {}); }, Qt::QueuedConnection);
        return;
    }
    struct State
    {
        QStringList ids;
        QList<T> values;
        QList<bool> present;
        qsizetype next = 0;
        qsizetype pending = 0;
        bool over = false;
        std::function<void()> launch;
    };
    auto state = std::make_shared<State>();
    state->ids = ids;
    state->values.resize(ids.size());
    state->present.fill(false, ids.size());
    state->pending = ids.size();
    const int limit = qMax(1, options.inFlight);
    const bool skipMissing = options.skipMissing;
    // `launch` holds only a weak reference to the state: the callbacks own it.
    std::weak_ptr<State> weak = state;
    state->launch = [weak, get, done, skipMissing]() {
        auto s = weak.lock();
        if (!s || s->over || s->next >= s->ids.size())
            return;
        const qsizetype i = s->next++;
        get(s->ids.at(i), [s, i, done, skipMissing](const Result<T> &r) {
            if (s->over)
                return;
            if (!r.ok() && !(skipMissing && r.error.isNotFound())) {
                s->over = true;
                Result<QList<T>> out;
                out.error = r.error;
                done(out);
                return;
            }
            if (r.ok()) {
                s->values[i] = r.value;
                s->present[i] = true;
            }
            if (--s->pending == 0) {
                s->over = true;
                Result<QList<T>> out;
                for (qsizetype k = 0; k < s->values.size(); ++k) {
                    if (s->present.at(k))
                        out.value.append(s->values.at(k));
                }
                done(out);
                return;
            }
            s->launch();
        });
    };
    // Started from the event loop, so `done` is never called before fanOut() returns.
    QMetaObject::invokeMethod(
        receiver,
        [state, limit]() {
            for (int k = 0; k < limit; ++k)
                state->launch();
        },
        Qt::QueuedConnection);
}

} // namespace clu
