#include "core/responsechecklist.h"

#include <QCoreApplication>

namespace vigie {

QList<ChecklistItem> responseChecklistItems()
{
    // Marked for lupdate here, translated when asked for, so a language
    // switch applies to the next call.
    static const struct
    {
        const char *key;
        const char *label;
    } items[] = {
        {"change-credentials",
         QT_TRANSLATE_NOOP("ResponseChecklist",
                           "Change the credentials of the tenant admins and of RBAC access to "
                           "the Azure subscriptions")},
        {"review-mfa", QT_TRANSLATE_NOOP("ResponseChecklist",
                                         "Check that every tenant admin and RBAC owner has "
                                         "registered and enforced multi-factor authentication")},
        {"review-recovery",
         QT_TRANSLATE_NOOP("ResponseChecklist",
                           "Review the admins' password recovery emails and phone numbers in "
                           "Entra ID")},
        {"review-risk",
         QT_TRANSLATE_NOOP("ResponseChecklist", "Review risky users, sign-ins and subscriptions "
                                                "(Entra ID Protection)")},
        {"review-signins",
         QT_TRANSLATE_NOOP("ResponseChecklist", "Review the customer's sign-ins around the alert "
                                                "time for unusual patterns")},
        {"review-activity-log",
         QT_TRANSLATE_NOOP("ResponseChecklist",
                           "Look for unauthorised changes in the Azure activity log (billing, "
                           "configuration, subscription level)")},
        {"review-spend",
         QT_TRANSLATE_NOOP("ResponseChecklist", "Review spend anomalies against the customer's "
                                                "budget in Cost Management")},
        {"clean-up-resources",
         QT_TRANSLATE_NOOP("ResponseChecklist",
                           "Disable or delete the compromised resources and remove the threat "
                           "actor")},
        {"clean-up-storage",
         QT_TRANSLATE_NOOP("ResponseChecklist", "Delete the unattached managed and unmanaged "
                                                "disks left after the incident")},
        {"contact-support",
         QT_TRANSLATE_NOOP("ResponseChecklist", "Contact Azure support and report the incident")},
    };
    QList<ChecklistItem> out;
    for (const auto &i : items)
        out << ChecklistItem{QString::fromLatin1(i.key),
                             QCoreApplication::translate("ResponseChecklist", i.label)};
    return out;
}

} // namespace vigie
