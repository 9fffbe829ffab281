#pragma once

#include "server/inspect/ReplyRules.h"

#include <QList>

#include <atomic>
#include <memory>

namespace Servery {

// What the inspector shares with the links of every worker: the reply rules
// in force, immutable once published. The window publishes a new list when
// the person edits a rule; a request reads one pointer, so the change applies
// from the next request, with no restart and no lock.
class InspectState {
public:
    explicit InspectState(QList<ReplyRule> rules = {})
        : m_rules(std::make_shared<const QList<ReplyRule>>(std::move(rules)))
    {
    }

    std::shared_ptr<const QList<ReplyRule>> rules() const { return m_rules.load(std::memory_order_acquire); }
    void setRules(QList<ReplyRule> rules)
    {
        m_rules.store(std::make_shared<const QList<ReplyRule>>(std::move(rules)), std::memory_order_release);
    }

private:
    std::atomic<std::shared_ptr<const QList<ReplyRule>>> m_rules;
};

} // namespace Servery
