// ProposalJson: the one JSON form of a proposal as its caregiver sees it, as GET /v1/my/proposals
// lists it and accepting or declining answers (http/PlanningJson.h), and as a proposal.offered
// event carries it (TaskEvents.h): docs/api.md promises that an offer is shown as the proposals
// list shows it, so both render it here. It sits in services, not in http, because an event is
// rendered when it is written (a row of the event table, sent later as it is); FeedItemJson.h is
// the same for a feed item.
//
// Privacy: what, when, roughly where (the area), the pay; never the client's name or address.
//
// Thread safety: pure function.
#pragma once

#include <nlohmann/json.hpp>

#include "services/Planning.h"

namespace carecrowd::services {

nlohmann::json caregiver_proposal_json(const CaregiverProposal& proposal);
// What every view of a proposal says of its task: {id, day, type, window, duration_minutes} (the
// coordinator's plan adds the client, the caregiver's view the level, pay and area).
nlohmann::json proposal_task_json(const records::TaskRecord& task);

}  // namespace carecrowd::services
