#include "automation/QualifyDialog.h"

#include "automation/Qualifier.h"
#include "session/RepWorkspace.h"
#include "sla/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace sal::ui {

using namespace sal::core;

namespace {
const char *const kBantIds[] = { "budget", "authority", "need", "timeline" };
} // namespace

QualifyDialog::QualifyDialog(RepWorkspace &workspace, const Clock &clock, QString leadId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_clock(clock)
    , m_leadId(std::move(leadId))
    , m_sql(new QRadioButton(tr("&SQL: the discovery confirmed it"), this))
    , m_disqualify(new QRadioButton(tr("&Disqualify"), this))
    , m_note(new QLineEdit(this))
    , m_reason(new QComboBox(this))
    , m_reasonText(new QLineEdit(this))
    , m_reEngage(new QCheckBox(tr("Re-engage &on"), this))
    , m_reEngageOn(new QDateEdit(this))
    , m_errors(new QLabel(this))
{
    setObjectName(QStringLiteral("qualifyDialog"));
    setWindowTitle(tr("Qualify %1").arg(m_leadId));
    m_sql->setObjectName(QStringLiteral("sqlRadio"));
    m_disqualify->setObjectName(QStringLiteral("disqualifyRadio"));
    m_sql->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(m_sql);
    const QString bantLabels[] = { tr("&Budget"), tr("&Authority"), tr("&Need"), tr("&Timeline") };
    for (int i = 0; i < 4; ++i) {
        m_bant[i] = new QComboBox(this);
        m_bant[i]->setObjectName(QLatin1String(kBantIds[i]) + QStringLiteral("Combo"));
        m_bant[i]->addItem(tr("— say whether it was confirmed"), QString());
        m_bant[i]->addItem(tr("Confirmed"), QStringLiteral("yes"));
        m_bant[i]->addItem(tr("Not confirmed"), QStringLiteral("no"));
        form->addRow(bantLabels[i], m_bant[i]);
    }
    m_note->setObjectName(QStringLiteral("qualifyNote"));
    form->addRow(tr("N&ote"), m_note);
    form->addRow(m_disqualify);
    m_reason->setObjectName(QStringLiteral("disqualifyReason"));
    for (const DisqualificationReason &r : workspace.policy().disqualification.reasons)
        m_reason->addItem(r.label, r.code);
    form->addRow(tr("&Reason"), m_reason);
    m_reasonText->setObjectName(QStringLiteral("disqualifyText"));
    form->addRow(tr("&Explain"), m_reasonText);
    m_reEngage->setObjectName(QStringLiteral("reEngageCheck"));
    m_reEngageOn->setObjectName(QStringLiteral("reEngageDate"));
    m_reEngageOn->setCalendarPopup(true);
    m_reEngageOn->setDate(clock.nowUtc().date().addDays(90));
    form->addRow(m_reEngage, m_reEngageOn);

    m_errors->setObjectName(QStringLiteral("qualifyErrors"));
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(QStringLiteral("QLabel { color: #8a1c1c; }"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("qualifyOk"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errors);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QualifyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sql, &QRadioButton::toggled, this, &QualifyDialog::updateEnabled);
    connect(m_reEngage, &QCheckBox::toggled, this, &QualifyDialog::updateEnabled);
    if (!workspace.team()) {
        m_errors->setText(tr("Working offline: marking a lead SQL or disqualified needs the team store."));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
    updateEnabled();
}

void QualifyDialog::updateEnabled()
{
    const bool sql = m_sql->isChecked();
    for (QComboBox *c : m_bant)
        c->setEnabled(sql);
    m_note->setEnabled(sql);
    m_reason->setEnabled(!sql);
    m_reasonText->setEnabled(!sql);
    m_reEngage->setEnabled(!sql);
    m_reEngageOn->setEnabled(!sql && m_reEngage->isChecked());
}

void QualifyDialog::accept()
{
    if (!m_workspace.team())
        return;
    Qualification q;
    if (m_sql->isChecked()) {
        q.verdict = Qualification::Verdict::Sql;
        std::optional<bool> *items[] = { &q.bant.budget, &q.bant.authority, &q.bant.need, &q.bant.timeline };
        for (int i = 0; i < 4; ++i) {
            const QString v = m_bant[i]->currentData().toString();
            if (!v.isEmpty())
                *items[i] = v == QLatin1String("yes");
        }
        q.note = m_note->text();
    } else {
        q.verdict = Qualification::Verdict::Disqualify;
        q.reasonCode = m_reason->currentData().toString();
        q.reasonText = m_reasonText->text();
        if (m_reEngage->isChecked())
            q.reEngageOn = m_reEngageOn->date();
    }
    TeamStore &store = *m_workspace.team();
    const Result<std::optional<Rep>> me = store.person(m_workspace.user());
    if (!me || !me->has_value()) {
        m_errors->setText(tr("%1 is not a person of the team store.").arg(m_workspace.user()));
        return;
    }
    const Result<QString> done
        = Qualifier(store, m_workspace.policy()).record(m_leadId, **me, q, m_clock.nowUtc());
    if (!done) {
        QStringList lines;
        for (const Problem &p : done.problems())
            lines << p.message;
        m_errors->setText(lines.join(QLatin1Char('\n')));
        return;
    }
    m_outcome = *done;
    QDialog::accept();
}

} // namespace sal::ui
