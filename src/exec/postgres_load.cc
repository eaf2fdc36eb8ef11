#include "exec/postgres_load.h"

#include <algorithm>
#include <chrono>
#include <string>
#include <thread>

#include "ecomgen/ddl.h"
#include "exec/chunk_pipeline.h"
#include "exec/table_generators.h"
#include "sinks/postgres/postgres_connection.h"
#include "sinks/sink.h"
#include "tables/schemas.h"

namespace ecomgen {
namespace {

Status CreateSchema(PostgresConnection& connection, bool force) {
  std::vector<std::string> names;
  for (TableId table : kAllTables) names.emplace_back(TableName(table));
  if (force) {
    std::string drop = "DROP TABLE IF EXISTS";
    for (const std::string& name : names) drop += (name == names[0] ? " " : ", ") + name;
    ECOMGEN_RETURN_IF_ERROR(connection.Execute(drop + " CASCADE"));
  } else {
    Result<std::vector<std::string>> existing = connection.ExistingTables(names);
    if (!existing) return existing.error();
    if (!existing->empty()) {
      std::string list;
      for (const std::string& name : *existing) list += (list.empty() ? "" : ", ") + name;
      return Status::InvalidArgument("--to: the database already has table(s) " + list +
                                     " (use --force to replace them)");
    }
  }
  std::string tables;
  for (TableId table : kAllTables)
    tables += ddl::CreateTableSql(ddl::Dialect::kPostgres, "", table);
  return connection.Execute(tables);
}

}  // namespace

Result<RunReport> LoadIntoPostgres(const RunOptions& options, std::stop_token stop) {
  const auto started = std::chrono::steady_clock::now();
  Result<std::unique_ptr<PostgresConnection>> connected =
      PostgresConnection::Connect(options.postgres_url);
  if (!connected) return connected.error();
  PostgresConnection& connection = **connected;
  ECOMGEN_RETURN_IF_ERROR(connection.Execute("BEGIN"));
  ECOMGEN_RETURN_IF_ERROR(CreateSchema(connection, options.force));

  const World world(options.config);
  const std::unique_ptr<Format> format = MakeFormat(FormatOptions{});  // CSV, as COPY reads it
  const int threads = options.threads > 0
                          ? options.threads
                          : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  RunReport report;
  report.prefix = options.config.name;
  for (const std::unique_ptr<TableGenerator>& generator : MakeTableGenerators(world)) {
    const std::span<const TableId> tables = generator->outputs();
    for (size_t loaded = 0; loaded < tables.size(); ++loaded) {
      const auto table_started = std::chrono::steady_clock::now();
      std::vector<PipelineOutput> outputs(tables.size());
      for (size_t out = 0; out < tables.size(); ++out)
        outputs[out].schema = &SchemaFor(tables[out]);
      Result<std::unique_ptr<OutputFile>> copy = connection.CopyIn(TableName(tables[loaded]));
      if (!copy) return copy.error();
      const std::unique_ptr<TableWriter> writer =
          format->NewWriter(*outputs[loaded].schema, std::move(*copy));
      outputs[loaded].writer = writer.get();
      const auto progress = [&](size_t out, double done) {
        if (!options.on_progress || out != loaded) return;
        options.on_progress({tables[out], outputs[out].rows, writer->bytes_written(), done});
      };
      ECOMGEN_RETURN_IF_ERROR(
          RunGenerator(*generator, ChunkRange{}, outputs, *format, threads, stop, progress));
      if (stop.stop_requested()) return Status::Cancelled("interrupted");
      ECOMGEN_RETURN_IF_ERROR(writer->Finish());
      TableReport table;
      table.table = tables[loaded];
      table.path = std::string(TableName(tables[loaded]));
      table.rows = outputs[loaded].rows;
      table.bytes = writer->bytes_written();
      table.seconds =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - table_started).count();
      report.tables.push_back(table);
    }
  }
  std::sort(report.tables.begin(), report.tables.end(),
            [](const TableReport& a, const TableReport& b) { return a.table < b.table; });
  ECOMGEN_RETURN_IF_ERROR(connection.Execute(ddl::ForeignKeysSql(ddl::Dialect::kPostgres, "")));
  if (stop.stop_requested()) return Status::Cancelled("interrupted");
  ECOMGEN_RETURN_IF_ERROR(connection.Execute("COMMIT"));
  report.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return report;
}

Status CheckPostgresUrl(const std::string& url) { return PostgresConnection::CheckUrl(url); }

}  // namespace ecomgen
