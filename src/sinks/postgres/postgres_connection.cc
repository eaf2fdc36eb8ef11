#include "sinks/postgres/postgres_connection.h"

#include <libpq-fe.h>

#include <string>
#include <utility>

namespace ecomgen {
namespace {

// libpq messages end in a newline and may span lines; errors are one line.
std::string OneLine(const char* text) {
  std::string line = text == nullptr ? "" : text;
  while (!line.empty() && (line.back() == '\n' || line.back() == ' ')) line.pop_back();
  for (char& c : line) {
    if (c == '\n' || c == '\t') c = ' ';
  }
  return line;
}

// Takes the results of the last command; Ok when none of them is an error.
Status DrainResults(PGconn* conn, const std::string& what) {
  Status status;
  while (PGresult* result = PQgetResult(conn)) {
    const ExecStatusType code = PQresultStatus(result);
    if (status.ok() && code != PGRES_COMMAND_OK && code != PGRES_TUPLES_OK) {
      status =
          Status::IOError("PostgreSQL: " + what + ": " + OneLine(PQresultErrorMessage(result)));
    }
    PQclear(result);
  }
  return status;
}

// The COPY stream of one table. Errors are sticky, as OutputFile requires.
class CopyInFile final : public OutputFile {
 public:
  CopyInFile(PGconn* conn, std::string table) : conn_(conn), table_(std::move(table)) {}
  ~CopyInFile() override {
    // An abandoned stream (the run failed elsewhere) is ended so the connection can report
    // it; the transaction is rolled back by the caller closing the connection anyway.
    if (!closed_) PQputCopyEnd(conn_, "load abandoned");
  }

  Status Append(std::string_view bytes) override {
    if (!status_.ok()) return status_;
    if (PQputCopyData(conn_, bytes.data(), static_cast<int>(bytes.size())) != 1) {
      status_ =
          Status::IOError("PostgreSQL: COPY " + table_ + ": " + OneLine(PQerrorMessage(conn_)));
      return status_;
    }
    size_ += bytes.size();
    return Status::Ok();
  }

  Status Close() override {
    if (closed_) return status_;
    closed_ = true;
    if (!status_.ok()) {
      // The server's answer is the expected "COPY failed"; the first error is the one to report.
      PQputCopyEnd(conn_, "load failed");
      (void)DrainResults(conn_, "COPY " + table_);
      return status_;
    }
    if (PQputCopyEnd(conn_, nullptr) != 1) {
      return status_ = Status::IOError("PostgreSQL: COPY " + table_ + ": " +
                                       OneLine(PQerrorMessage(conn_)));
    }
    return status_ = DrainResults(conn_, "COPY " + table_);
  }

  uint64_t size() const override { return size_; }

 private:
  PGconn* conn_;
  std::string table_;
  Status status_;
  uint64_t size_ = 0;
  bool closed_ = false;
};

// `url` with its password (postgresql://user:secret@host) replaced by ***, for messages.
std::string WithoutPassword(const std::string& url) {
  const size_t scheme = url.find("://");
  const size_t at = url.find('@');
  if (scheme == std::string::npos || at == std::string::npos || at < scheme) return url;
  const size_t colon = url.find(':', scheme + 3);
  if (colon == std::string::npos || colon > at) return url;
  return url.substr(0, colon + 1) + "***" + url.substr(at);
}

}  // namespace

Status PostgresConnection::CheckUrl(const std::string& url) {
  const std::string_view text = url;
  if (!text.starts_with("postgresql://") && !text.starts_with("postgres://")) {
    return Status::InvalidArgument("--to: expected a postgresql:// URL, got \"" +
                                   WithoutPassword(url) + "\"");
  }
  char* error = nullptr;
  PQconninfoOption* options = PQconninfoParse(url.c_str(), &error);
  if (options == nullptr) {
    std::string message = "--to: bad URL \"" + WithoutPassword(url) + "\": " + OneLine(error);
    PQfreemem(error);
    return Status::InvalidArgument(std::move(message));
  }
  PQconninfoFree(options);
  return Status::Ok();
}

Result<std::unique_ptr<PostgresConnection>> PostgresConnection::Connect(const std::string& url) {
  ECOMGEN_RETURN_IF_ERROR(CheckUrl(url));
  PGconn* conn = PQconnectdb(url.c_str());
  if (conn == nullptr) return Status::IOError("PostgreSQL: out of memory connecting");
  if (PQstatus(conn) != CONNECTION_OK) {
    Status status = Status::IOError("cannot connect to PostgreSQL at --to " + WithoutPassword(url) +
                                    ": " + OneLine(PQerrorMessage(conn)));
    PQfinish(conn);
    return status;
  }
  return std::unique_ptr<PostgresConnection>(new PostgresConnection(conn));
}

PostgresConnection::~PostgresConnection() { PQfinish(conn_); }

Status PostgresConnection::Execute(const std::string& sql) {
  if (PQsendQuery(conn_, sql.c_str()) != 1) {
    return Status::IOError("PostgreSQL: " + OneLine(PQerrorMessage(conn_)));
  }
  const size_t end = sql.find('\n');
  return DrainResults(conn_, sql.substr(0, std::min<size_t>(end, 60)));
}

Result<std::vector<std::string>> PostgresConnection::ExistingTables(
    const std::vector<std::string>& names) {
  std::vector<std::string> existing;
  for (const std::string& name : names) {
    const char* values[] = {name.c_str()};
    PGresult* result = PQexecParams(conn_, "SELECT to_regclass($1) IS NOT NULL", 1, nullptr, values,
                                    nullptr, nullptr, 0);
    if (PQresultStatus(result) != PGRES_TUPLES_OK) {
      Status status = Status::IOError("PostgreSQL: looking up " + name + ": " +
                                      OneLine(PQresultErrorMessage(result)));
      PQclear(result);
      return status;
    }
    if (std::string_view(PQgetvalue(result, 0, 0)) == "t") existing.push_back(name);
    PQclear(result);
  }
  return existing;
}

Result<std::unique_ptr<OutputFile>> PostgresConnection::CopyIn(std::string_view table) {
  const std::string sql =
      "COPY " + std::string(table) + " FROM STDIN WITH (FORMAT csv, HEADER true)";
  PGresult* result = PQexec(conn_, sql.c_str());
  if (PQresultStatus(result) != PGRES_COPY_IN) {
    Status status =
        Status::IOError("PostgreSQL: " + sql + ": " + OneLine(PQresultErrorMessage(result)));
    PQclear(result);
    return status;
  }
  PQclear(result);
  return std::unique_ptr<OutputFile>(new CopyInFile(conn_, std::string(table)));
}

}  // namespace ecomgen
