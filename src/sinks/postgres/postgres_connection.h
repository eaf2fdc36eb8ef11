// PostgresConnection: one libpq connection for a direct load, and the COPY stream of a table
// as an OutputFile, so that the CSV table writer feeds PQputCopyData with the same bytes it
// would write to a file (no temporary files).
//
// The connection holds at most one COPY at a time (libpq's rule); a load runs its tables one
// after the other. Closing the connection without COMMIT makes the server roll the whole
// transaction back, which is how a failed or interrupted load leaves nothing behind.
//
// Thread safety: none; owned by the run's control thread. A CopyIn stream is written by one
// writer thread at a time while the control thread waits.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ecomgen/result.h"
#include "ecomgen/status.h"
#include "sinks/file/output_file.h"

struct pg_conn;

namespace ecomgen {

class PostgresConnection {
 public:
  // Checks that `url` is a postgresql:// or postgres:// URL libpq can parse
  // (InvalidArgument otherwise), without connecting.
  static Status CheckUrl(const std::string& url);
  // Connects; refused connections and failed authentication are IOError naming the server.
  static Result<std::unique_ptr<PostgresConnection>> Connect(const std::string& url);
  ~PostgresConnection();
  PostgresConnection(const PostgresConnection&) = delete;
  PostgresConnection& operator=(const PostgresConnection&) = delete;

  // Runs `sql` (one or more statements without results).
  Status Execute(const std::string& sql);
  // Those of `names` that are tables or views visible in the search path.
  Result<std::vector<std::string>> ExistingTables(const std::vector<std::string>& names);
  // Starts `COPY table FROM STDIN (FORMAT csv, HEADER true)`; the returned file takes the CSV
  // bytes and ends the COPY on Close. REQUIRES: no other CopyIn is open.
  Result<std::unique_ptr<OutputFile>> CopyIn(std::string_view table);

 private:
  explicit PostgresConnection(pg_conn* conn) : conn_(conn) {}
  pg_conn* conn_;
};

}  // namespace ecomgen
