// InformalContactRecord: the informal_contact table (store migration 0014): a client's informal
// contacts (family carers holding a key), in the order they are asked when an alarm needs someone
// on site. Each is a family account of the client; who may set them and what they must be is
// decided in services/InformalContacts.h.
//
// Thread safety: functions over the caller's transaction.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "store/Database.h"

namespace carecrowd::records {

struct InformalContact {
  std::int64_t user_id = 0;
  std::string name;   // the account's name
  std::string email;  // the account's email (care staff see it, to tell contacts apart)
  int position = 0;   // 1: asked first
};

// The client's informal contacts, first asked first.
std::vector<InformalContact> informal_contacts_of(store::Transaction& tx, std::int64_t client_id);
// Replaces the client's informal contacts with `user_ids`, in that order.
void store_informal_contacts(store::Transaction& tx, std::int64_t client_id, const std::vector<std::int64_t>& user_ids);
// The accounts linked to the client (the client and their family: only their accounts are), by id, with their
// names and emails: who may be listed as informal contacts.
std::vector<InformalContact> client_accounts(store::Transaction& tx, std::int64_t client_id);

}  // namespace carecrowd::records
