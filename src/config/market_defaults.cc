#include "config/market_defaults.h"

#include <string>

namespace ecomgen {
namespace {

// card, bnpl, upi, cod, wallet. Gen X is the mean of millennials and boomers (section 4),
// which here are the same.
constexpr std::array<double, kPaymentCount> kIndiaGenZ = {40, 40, 20, 0, 0};
constexpr std::array<double, kPaymentCount> kIndiaOthers = {60, 0, 25, 15, 0};
constexpr std::array<double, kPaymentCount> kUsGenZ = {40, 40, 0, 0, 20};
constexpr std::array<double, kPaymentCount> kUsOthers = {60, 15, 0, 0, 25};

}  // namespace

std::array<double, kPaymentCount> MarketPaymentMix(std::string_view market, Generation generation) {
  const bool us = market == "us";
  if (generation == Generation::kGenZ) return us ? kUsGenZ : kIndiaGenZ;
  return us ? kUsOthers : kIndiaOthers;
}

void ApplyMarketDefaults(std::string_view market, Config& config) {
  for (size_t g = 0; g < config.cohorts.size(); ++g) {
    config.cohorts[g].payment_pct = MarketPaymentMix(market, static_cast<Generation>(g));
  }
  config.business.market = std::string(market);
}

}  // namespace ecomgen
