// Customers are coherent people: every customer has a gender from the vocabulary, first
// names agree with it, and `ecomgen validate` catches a file where they do not.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "cli_runner.h"

namespace ecomgen::e2e {
namespace {

std::vector<std::string> Fields(const std::string& line) {
  std::vector<std::string> fields;
  std::stringstream in(line);
  for (std::string field; std::getline(in, field, ',');) fields.push_back(field);
  return fields;
}

TEST(PeopleE2ETest, FirstNamesAgreeWithGenderAndValidateCatchesAMismatch) {
  ScratchDir root("people");
  const CliResult run = RunEcomgen(
      {"baseline", "--scale", "0.05", "--duration", "1d", "--quiet", "--out-dir", root.str()});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  std::filesystem::path customers;
  for (const std::string& name : ListFiles(root.path())) {
    if (RunFileSuffix(name) == "customers.csv") customers = root.path() / name;
  }
  ASSERT_FALSE(customers.empty());
  std::stringstream text(ReadFileBytes(customers));
  std::string line;
  std::getline(text, line);
  ASSERT_EQ(Fields(line)[1], "first_name");
  ASSERT_EQ(Fields(line)[3], "gender");
  std::map<std::string, std::set<std::string>> genders_of_name;
  std::map<std::string, int> gender_count;
  std::vector<std::string> lines;
  while (std::getline(text, line)) {
    lines.push_back(line);
    const std::vector<std::string> fields = Fields(line);
    ++gender_count[fields[3]];
    if (fields[3] != "undisclosed") genders_of_name[fields[1]].insert(fields[3]);
  }
  for (const auto& [gender, count] : gender_count) {
    EXPECT_TRUE(gender == "female" || gender == "male" || gender == "undisclosed") << gender;
  }
  EXPECT_GT(gender_count["female"], 100);
  EXPECT_GT(gender_count["male"], 100);
  for (const auto& [name, genders] : genders_of_name) EXPECT_EQ(genders.size(), 1u) << name;

  const CliResult clean = RunEcomgen({"validate", root.str()});
  const size_t clean_at = clean.out.find("first names agree with gender");
  ASSERT_NE(clean_at, std::string::npos) << clean.out;
  const std::string clean_line =
      clean.out.substr(clean_at, clean.out.find('\n', clean_at) - clean_at);
  EXPECT_NE(clean_line.find("PASS"), std::string::npos) << clean_line;

  // Give a female customer's name to a male one: validate must FAIL the check.
  std::string female_name;
  size_t male_row = lines.size();
  for (size_t row = 0; row < lines.size(); ++row) {
    const std::vector<std::string> fields = Fields(lines[row]);
    if (female_name.empty() && fields[3] == "female") female_name = fields[1];
    if (male_row == lines.size() && fields[3] == "male") male_row = row;
  }
  ASSERT_FALSE(female_name.empty());
  ASSERT_LT(male_row, lines.size());
  std::vector<std::string> fields = Fields(lines[male_row]);
  fields[1] = female_name;
  std::string rewritten;
  for (size_t i = 0; i < fields.size(); ++i) rewritten += (i == 0 ? "" : ",") + fields[i];
  lines[male_row] = rewritten;
  std::string content = ReadFileBytes(customers);
  content = content.substr(0, content.find('\n') + 1);
  for (const std::string& row : lines) content += row + "\n";
  WriteFileBytes(customers, content);
  const CliResult tampered = RunEcomgen({"validate", root.str()});
  EXPECT_NE(tampered.exit_code, 0);
  const size_t at = tampered.out.find("first names agree with gender");
  ASSERT_NE(at, std::string::npos);
  const std::string check_line = tampered.out.substr(at, tampered.out.find('\n', at) - at);
  EXPECT_NE(check_line.find("FAIL"), std::string::npos) << check_line;
  EXPECT_NE(check_line.find(female_name), std::string::npos) << check_line;
}

}  // namespace
}  // namespace ecomgen::e2e
