#include <array>
#include <charconv>

#include "tables/dimension_generator.h"
#include "tables/row_writer.h"

namespace ecomgen {

ProductsGenerator::ProductsGenerator(const World& world)
    : SingleChunkGenerator(world, TableId::kProducts) {}

void ProductsGenerator::FillChunk(int64_t /*chunk*/, std::span<Batch* const> out) const {
  RowWriter row(*out[0]);
  std::array<char, kMaxProductNameLength> name{};
  std::array<char, 32> sku{};
  for (const Product& p : world_.catalog.products()) {
    // SKU: category initials, the id, and a check-like suffix: "EL-000123-7F".
    const std::string_view category = CategoryName(p.category);
    size_t sku_length = 0;
    sku[sku_length++] = static_cast<char>(category[0] - 'a' + 'A');
    sku[sku_length++] = static_cast<char>(category[1] - 'a' + 'A');
    sku[sku_length++] = '-';
    std::array<char, 24> digits{};
    const auto id_end = std::to_chars(digits.data(), digits.data() + digits.size(), p.id).ptr;
    const auto id_length = static_cast<size_t>(id_end - digits.data());
    for (size_t pad = id_length; pad < 6; ++pad) sku[sku_length++] = '0';
    for (size_t i = 0; i < id_length; ++i) sku[sku_length++] = digits[i];
    sku[sku_length++] = '-';
    constexpr std::string_view kHex = "0123456789ABCDEF";
    sku[sku_length++] = kHex[(p.name_bits >> 8) & 15];
    sku[sku_length++] = kHex[(p.name_bits >> 12) & 15];

    std::string_view product_name;
    size_t name_length = 0;
    if (p.id == world_.catalog.viral_product_id()) {
      product_name = world_.plan.scenario.viral->product_name;
    } else {
      name_length = FormatProductName(p.category, p.name_bits, name.data(), name.size());
      product_name = std::string_view(name.data(), name_length);
    }
    row.Int(p.id)
        .Str(std::string_view(sku.data(), sku_length))
        .Str(product_name)
        .Int(static_cast<int64_t>(p.category))
        .Str(BrandFor(p.category, p.name_bits))
        .Int(p.supplier_id)
        .Int(p.list_price_cents)
        .Int(p.unit_cost_cents)
        .Int(p.stock_quantity)
        .Int(p.launch_day);
    row.End();
  }
}

}  // namespace ecomgen
