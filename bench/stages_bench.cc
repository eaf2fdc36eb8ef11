// Benchmarks of each pipeline stage on the baseline scenario at scale 1: building the plan and
// the world, filling one chunk with each generator, and encoding one chunk of orders and
// order_items as CSV and as Parquet.
//
// Rates are reported by Google Benchmark as items/s (rows) and bytes/s (encoded output). The
// generators' chunks are taken from the middle of the window, with their real first ids, so
// they hold typical rows. Run with, for example:
//
//   ecomgen_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
//
// Thread safety: every benchmark runs on one thread; the shared World is immutable.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "ecomgen/config.h"
#include "models/world.h"
#include "plan/plan.h"
#include "sinks/sink.h"
#include "tables/customers.h"
#include "tables/minute_table_generator.h"
#include "tables/orders.h"
#include "tables/schemas.h"
#include "tables/support_tickets.h"
#include "tables/table_generator.h"

namespace ecomgen {
namespace {

const Config& BaselineConfig() {
  static const Config kConfig = [] {
    Result<Config> config = BuiltinScenario("baseline");
    if (!config) std::abort();  // the built-in scenario always exists
    return *config;
  }();
  return kConfig;
}

const World& BaselineWorld() {
  static const World kWorld(BaselineConfig());
  return kWorld;
}

// One generator's chunk, ready to fill: its batches.
struct ChunkFixture {
  int64_t chunk = 0;
  std::vector<std::unique_ptr<Batch>> batches;
  std::vector<Batch*> batch_ptrs;

  // The middle chunk of `generator`.
  explicit ChunkFixture(const TableGenerator& generator) : chunk(generator.chunk_count() / 2) {
    for (TableId table : generator.outputs()) {
      batches.push_back(std::make_unique<Batch>(SchemaFor(table)));
      batch_ptrs.push_back(batches.back().get());
    }
  }

  // Clears the batches and fills them; returns the rows written over all outputs.
  int64_t Fill(const TableGenerator& generator) {
    for (Batch* batch : batch_ptrs) batch->Clear();
    generator.FillChunk(chunk, batch_ptrs);
    int64_t rows = 0;
    for (const Batch* batch : batch_ptrs) rows += static_cast<int64_t>(batch->rows());
    return rows;
  }
};

void BM_BuildPlan(benchmark::State& state) {
  const Config& config = BaselineConfig();
  int64_t minutes = 0;
  for (auto _ : state) {
    const Plan plan = BuildPlan(config);
    minutes = plan.minute_count;
    benchmark::DoNotOptimize(plan.order_prefix.data());
  }
  // Items are window minutes: the plan's unit of work.
  state.SetItemsProcessed(state.iterations() * minutes);
}
BENCHMARK(BM_BuildPlan)->Unit(benchmark::kMillisecond);

// The plan plus the dimensions (catalogue, customer model, campaigns, order model): all the
// single-threaded work before the first chunk.
void BM_BuildWorld(benchmark::State& state) {
  const Config& config = BaselineConfig();
  for (auto _ : state) {
    const World world(config);
    benchmark::DoNotOptimize(&world);
  }
}
BENCHMARK(BM_BuildWorld)->Unit(benchmark::kMillisecond);

// FillChunk of one middle chunk; items are rows over all of the generator's outputs.
template <typename Generator>
void BM_FillChunk(benchmark::State& state) {
  const Generator generator(BaselineWorld());
  ChunkFixture fixture(generator);
  int64_t rows = 0;
  for (auto _ : state) {
    rows = fixture.Fill(generator);
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(state.iterations() * rows);
  state.counters["rows_per_chunk"] = static_cast<double>(rows);
}
BENCHMARK_TEMPLATE(BM_FillChunk, OrdersGenerator)->Name("BM_FillChunk/orders_group");
BENCHMARK_TEMPLATE(BM_FillChunk, CustomersGenerator)->Name("BM_FillChunk/customers");
BENCHMARK_TEMPLATE(BM_FillChunk, SupportTicketsGenerator)->Name("BM_FillChunk/support_tickets");
BENCHMARK_TEMPLATE(BM_FillChunk, CartAbandonmentGenerator)->Name("BM_FillChunk/cart_abandonment");
BENCHMARK_TEMPLATE(BM_FillChunk, SystemMetricsGenerator)->Name("BM_FillChunk/system_metrics");

// Encoding of one orders-group chunk's batch for output `output` (0 orders, 1 order_items);
// bytes are the encoded bytes, items the rows.
void EncodeBench(benchmark::State& state, const FormatOptions& options, size_t output) {
  const OrdersGenerator generator(BaselineWorld());
  ChunkFixture fixture(generator);
  fixture.Fill(generator);
  const Batch& batch = *fixture.batches[output];
  const std::unique_ptr<Format> format = MakeFormat(options);
  const std::unique_ptr<ChunkEncoder> encoder = format->NewEncoder(batch.schema());
  EncodedChunk encoded;
  for (auto _ : state) {
    encoder->Encode(batch, encoded);
    benchmark::DoNotOptimize(encoded.bytes.data());
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(batch.rows()));
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(encoded.bytes.size()));
  state.counters["bytes_per_row"] =
      static_cast<double>(encoded.bytes.size()) / static_cast<double>(batch.rows());
}

constexpr size_t kOrdersOutput = 0;
constexpr size_t kOrderItemsOutput = 1;

FormatOptions Csv() { return {OutputFormat::kCsv, Compression::kNone}; }
FormatOptions Parquet(Compression compression) { return {OutputFormat::kParquet, compression}; }

void BM_EncodeCsv_Orders(benchmark::State& state) { EncodeBench(state, Csv(), kOrdersOutput); }
void BM_EncodeCsv_OrderItems(benchmark::State& state) {
  EncodeBench(state, Csv(), kOrderItemsOutput);
}
BENCHMARK(BM_EncodeCsv_Orders);
BENCHMARK(BM_EncodeCsv_OrderItems);

void BM_EncodeParquet_Orders(benchmark::State& state) {
  EncodeBench(state, Parquet(static_cast<Compression>(state.range(0))), kOrdersOutput);
}
void BM_EncodeParquet_OrderItems(benchmark::State& state) {
  EncodeBench(state, Parquet(static_cast<Compression>(state.range(0))), kOrderItemsOutput);
}
// Arguments are Compression values: 0 zstd (the default), 1 snappy, 2 none.
BENCHMARK(BM_EncodeParquet_Orders)->ArgName("compression")->DenseRange(0, 2);
BENCHMARK(BM_EncodeParquet_OrderItems)->ArgName("compression")->DenseRange(0, 2);

}  // namespace
}  // namespace ecomgen
