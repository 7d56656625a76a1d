// DemoEvidence: the document each demo caregiver uploads with a certificate, so that the demo's
// verifications name evidence as every verification must (services/CertificateEvidence.h): a
// one-page PDF that says it is a demo document, whose certificate and whose.
//
// Thread safety: a pure function.
#pragma once

#include <string>
#include <string_view>

namespace carecrowd::demo {

// A valid one-page PDF (PDF 1.4, Helvetica) with the three lines of text; characters outside
// printable ASCII are written as '?'.
std::string demo_evidence_pdf(std::string_view caregiver_name, std::string_view certificate_code);

}  // namespace carecrowd::demo
