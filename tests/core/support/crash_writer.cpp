// Child process of tst_CrashSafety: records one accept decision per lead into a local store and
// prints each operation id on stdout once its transaction has committed. The parent kills it
// with SIGKILL at a random moment and checks that every printed decision survived whole.

#include "policy/PolicyLoader.h"
#include "store/LocalStore.h"
#include "sync/DecisionMaker.h"

#include <QCoreApplication>

#include <cstdio>

using namespace sal::core;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: crash_writer LOCAL_STORE ACTOR COUNT\n");
        return 2;
    }
    auto store = LocalStore::open(args.at(1));
    const Result<PolicySet> policy = PolicyLoader::loadDefaults();
    if (!store || !policy) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(joinProblems(store.problems() + policy.problems())));
        return 1;
    }
    const DecisionMaker maker(DispositionValidator(policy->reasons));
    const QString actor = args.at(2);
    const int count = args.at(3).toInt();
    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-03-10T15:00:00Z"), Qt::ISODate);
    Disposition accept;
    accept.kind = DispositionKind::Accept;
    accept.nextStep = NextStepKind::Meeting;
    accept.nextStepDueUtc = now.addDays(2);
    accept.note = QStringLiteral("Meeting booked with the buying committee");
    for (int i = 0; i < count; ++i) {
        const QString leadId = QStringLiteral("L%1").arg(i, 5, 10, QLatin1Char('0'));
        Result<LeadState> state = (*store)->leadState(leadId, actor);
        if (!state)
            return 1;
        Result<ValidatedOperation> op = maker.decide(*state, accept, actor, now);
        if (!op || !(*store)->record(*op)) {
            std::fprintf(stderr, "write failed at %d\n", i);
            return 1;
        }
        // Only now is the decision the rep's: say so, unbuffered.
        std::printf("%s\n", qPrintable(op->operation().id));
        std::fflush(stdout);
    }
    return 0;
}
