// _ecomgen: the native part of the Python module `ecomgen` (python/ecomgen/__init__.py).
//
// Generates the selected tables through BatchGenerator (the batches the files are encoded
// from, no files) and hands each column to Python as NumPy arrays plus a NULL mask, or a
// list of str; __init__.py turns them into pandas DataFrames. Errors are ValueError with the
// message the CLI prints after "ecomgen: error: ".
//
// Thread safety: generation runs without the GIL; Python objects are built after it.
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "batch/batch.h"
#include "config/config_json.h"
#include "ecomgen/batches.h"
#include "ecomgen/config.h"
#include "ecomgen/overrides.h"
#include "tables/schemas.h"

namespace py = pybind11;

namespace ecomgen::python {
namespace {

// One column's values over all chunks, in the storage of its type.
struct ColumnValues {
  std::vector<int64_t> ints;
  std::vector<double> doubles;
  std::vector<std::string> strings;
  std::vector<uint8_t> nulls;
};

std::string_view TypeName(ColumnType type) {
  switch (type) {
    case ColumnType::kInt64:
    case ColumnType::kInt32:
      return "int";
    case ColumnType::kDouble:
      return "double";
    case ColumnType::kBool:
      return "bool";
    case ColumnType::kString:
      return "string";
    case ColumnType::kEnum:
      return "enum";
    case ColumnType::kTimestamp:
      return "timestamp";
    case ColumnType::kDate:
      return "date";
    case ColumnType::kDecimal:
      return "decimal";
  }
  return "int";
}

void AppendBatch(const Batch& batch, std::vector<ColumnValues>& columns) {
  for (size_t col_idx = 0; col_idx < batch.column_count(); ++col_idx) {
    const Column& column = batch.col(col_idx);
    ColumnValues& values = columns[col_idx];
    const ColumnType type = column.spec().type;
    if (type == ColumnType::kDouble) {
      values.doubles.insert(values.doubles.end(), column.doubles().begin(), column.doubles().end());
    } else if (type == ColumnType::kString) {
      for (size_t row = 0; row < column.size(); ++row) {
        values.strings.emplace_back(column.string_at(row));
      }
    } else {
      values.ints.insert(values.ints.end(), column.ints().begin(), column.ints().end());
    }
    for (size_t row = 0; row < column.size(); ++row) {
      values.nulls.push_back(column.is_null(row) ? 1 : 0);
    }
  }
}

template <typename T>
py::array_t<T> ToArray(const std::vector<T>& values) {
  py::array_t<T> array(static_cast<py::ssize_t>(values.size()));
  std::copy(values.begin(), values.end(), array.mutable_data());
  return array;
}

Result<Config> ResolveConfig(const std::string& scenario, const std::string& config_file,
                             const Overrides& overrides) {
  Result<Config> config =
      scenario == "custom" || !config_file.empty()
          ? (config_file.empty()
                 ? Result<Config>(Status::InvalidArgument("custom needs --config FILE.json"))
                 : LoadConfigFile(config_file))
          : BuiltinScenario(scenario);
  if (!config) return config;
  ECOMGEN_RETURN_IF_ERROR(ApplyOverrides(overrides, *config));
  const Status valid = ValidateConfig(*config);
  if (!valid.ok()) return valid.WithContext("after the command-line overrides");
  return config;
}

Result<std::vector<TableId>> ParseTables(const std::vector<std::string>& names) {
  std::vector<TableId> tables;
  for (const std::string& name : names) {
    const std::optional<TableId> table = TableFromName(name);
    if (!table) {
      std::string known;
      for (TableId t : kAllTables) known += (known.empty() ? "" : ", ") + std::string(TableName(t));
      return Status::InvalidArgument("--tables: unknown table \"" + name + "\" (tables: " + known +
                                     ")");
    }
    tables.push_back(*table);
  }
  if (tables.empty()) tables.assign(kAllTables.begin(), kAllTables.end());
  return tables;
}

std::optional<std::string> Text(const py::dict& overrides, const char* key) {
  if (!overrides.contains(key) || overrides[key].is_none()) return std::nullopt;
  return py::str(overrides[key]).cast<std::string>();
}

// generate(scenario, overrides, config_file, tables) -> {table: [(name, type, values, nulls,
// dictionary)]}
py::dict Generate(const std::string& scenario, const py::dict& overrides_dict,
                  const std::string& config_file, const std::vector<std::string>& table_names) {
  Overrides overrides;
  overrides.discount = Text(overrides_dict, "discount");
  overrides.duration = Text(overrides_dict, "duration");
  overrides.intensity = Text(overrides_dict, "intensity");
  overrides.start = Text(overrides_dict, "start");
  overrides.seed = Text(overrides_dict, "seed");
  overrides.scale = Text(overrides_dict, "scale");
  const Result<Config> config = ResolveConfig(scenario, config_file, overrides);
  if (!config) throw py::value_error(config.error().message());
  const Result<std::vector<TableId>> tables = ParseTables(table_names);
  if (!tables) throw py::value_error(tables.error().message());

  std::map<TableId, std::vector<ColumnValues>> collected;
  {
    const py::gil_scoped_release unlocked;
    const BatchGenerator generator(*config);
    for (const std::unique_ptr<ChunkReader>& reader : generator.Readers(*tables)) {
      while (reader->Next()) {
        for (size_t out = 0; out < reader->outputs().size(); ++out) {
          const TableId table = reader->outputs()[out];
          if (std::find(tables->begin(), tables->end(), table) == tables->end()) continue;
          std::vector<ColumnValues>& columns = collected[table];
          columns.resize(SchemaFor(table).size());
          AppendBatch(reader->batch(out), columns);
        }
      }
    }
  }

  py::dict result;
  for (const TableId table : *tables) {
    const Schema& schema = SchemaFor(table);
    std::vector<ColumnValues>& columns = collected[table];
    columns.resize(schema.size());
    py::list described;
    for (size_t col_idx = 0; col_idx < schema.size(); ++col_idx) {
      const ColumnSpec& spec = schema.columns[col_idx];
      ColumnValues& values = columns[col_idx];
      py::object data;
      if (spec.type == ColumnType::kDouble) {
        data = ToArray(values.doubles);
      } else if (spec.type == ColumnType::kString) {
        py::list strings(values.strings.size());
        for (size_t row = 0; row < values.strings.size(); ++row) {
          strings[row] = py::str(values.strings[row]);
        }
        data = strings;
      } else {
        data = ToArray(values.ints);
      }
      py::object nulls = py::none();
      if (spec.nullable) nulls = ToArray(values.nulls);
      py::object dictionary = py::none();
      if (spec.type == ColumnType::kEnum) {
        py::list entries;
        for (const std::string_view entry : spec.dictionary) entries.append(py::str(entry));
        dictionary = entries;
      }
      described.append(py::make_tuple(py::str(spec.name), py::str(TypeName(spec.type)), data, nulls,
                                      dictionary));
    }
    result[py::str(TableName(table))] = described;
  }
  return result;
}

}  // namespace
}  // namespace ecomgen::python

PYBIND11_MODULE(_ecomgen, module) {
  module.doc() = "Native part of the ecomgen module: columns of generated tables";
  module.def("generate", &ecomgen::python::Generate, py::arg("scenario"), py::arg("overrides"),
             py::arg("config_file"), py::arg("tables"));
  py::list scenarios;
  for (const std::string_view name : ecomgen::kBuiltinScenarioNames)
    scenarios.append(py::str(name));
  module.attr("scenarios") = scenarios;
}
