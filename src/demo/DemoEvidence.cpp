#include "demo/DemoEvidence.h"

#include <cstdio>
#include <vector>

namespace carecrowd::demo {
namespace {

// A PDF string literal: printable ASCII with its three special characters escaped.
std::string pdf_text(std::string_view text) {
  std::string out = "(";
  for (const char c : text) {
    if (c == '(' || c == ')' || c == '\\') out += '\\';
    out += (c >= 0x20 && c < 0x7f) ? c : '?';
  }
  return out + ")";
}

}  // namespace

std::string demo_evidence_pdf(std::string_view caregiver_name, std::string_view certificate_code) {
  const std::string stream = "BT /F1 18 Tf 72 760 Td " + pdf_text("carecrowd demo - not a real certificate") +
                             " Tj 0 -32 Td /F1 14 Tf " + pdf_text("Certificate: " + std::string(certificate_code)) +
                             " Tj 0 -22 Td " + pdf_text("Holder: " + std::string(caregiver_name)) + " Tj ET";
  const std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
      "/Contents 5 0 R >>",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
      "<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream + "\nendstream",
  };
  // The cross-reference table gives each object's byte offset, as a reader needs to find it.
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (const auto offset : offsets) {
    char line[24];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", offset);
    pdf += line;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

}  // namespace carecrowd::demo
