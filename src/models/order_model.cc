#include "models/order_model.h"

#include <algorithm>
#include <cmath>

#include "core/civil_time.h"
#include "core/rounding.h"
#include "plan/profiles.h"
#include "rng/kronecker.h"

namespace ecomgen {
namespace {

constexpr double kLostShareOfLate = 0.04;     // late parcels that never arrive
constexpr double kMeanLatenessDays = 1.8;     // beyond the promised day
constexpr double kMeanReturnAfterDays = 6.0;  // from delivery to the return request
constexpr int64_t kReturnWindowDays = 30;
constexpr double kProcessingSigma = 0.5;

// Order lines beyond the first: quantity 1 most of the time.
int64_t DrawQuantity(RowRng& rng) {
  const double u = rng.Uniform();
  return u < 0.82 ? 1 : (u < 0.95 ? 2 : 3);
}

int64_t RoundDiv100(int64_t value) { return (value + 50) / 100; }

// Return reasons by category: clothing mostly fit, electronics mostly defects.
ReturnReason DrawReturnReason(RowRng& rng, ProductCategory category, bool late) {
  using Weights = std::array<double, kCountOf<ReturnReason>>;
  // damaged defective wrong_item size_fit not_as_described changed_mind late_delivery
  static constexpr Weights kClothing = {3, 4, 6, 50, 17, 18, 2};
  static constexpr Weights kElectronics = {14, 38, 8, 0, 18, 20, 2};
  static constexpr Weights kOther = {18, 16, 10, 2, 24, 28, 2};
  const Weights& weights = category == ProductCategory::kClothing      ? kClothing
                           : category == ProductCategory::kElectronics ? kElectronics
                                                                       : kOther;
  if (late && rng.Bernoulli(0.3)) return ReturnReason::kLateDelivery;
  return ValueAt<ReturnReason>(rng.Weighted(weights));
}

// Lead time and lateness use a two-dimensional low-discrepancy (Kronecker "R2") sequence over
// the order index instead of independent draws: among the consecutive orders of a day, the
// share promised for each lead time and the share of those delivered late then match their
// probabilities to within a few orders, not +-sqrt(n). That removes almost all counting noise
// from the daily delay series, whose correlations with orders and tickets are specified.
// Each day gets its own random offset, so no pattern repeats from day to day. The sequence's
// steps, kR2First and kR2Second, are in the header.

// Where each lead time's share of [0, 1) ends: 0.12, 0.32, ...
constexpr std::array<double, kMaxLeadDays> kLeadDayEnds = [] {
  std::array<double, kMaxLeadDays> ends{};
  double end = 0;
  for (size_t lead = 0; lead < ends.size(); ++lead) ends[lead] = end += kLeadDayProbability[lead];
  return ends;
}();

// The lead time whose share holds `draw` in [0, 1): the number of shares ending at or below
// it, counted without branches (the draws are random, so branches would mispredict).
int LeadDaysFor(double draw) {
  int lead = 0;
  for (double end : kLeadDayEnds) lead += draw >= end ? 1 : 0;
  return lead;
}

}  // namespace

OrderModel::OrderModel(const Plan& plan, const CustomerModel& customers,
                       const ProductCatalog& catalog, const CampaignSet& campaigns)
    : plan_(&plan),
      customers_(&customers),
      catalog_(&catalog),
      campaigns_(&campaigns),
      customer_key_(plan.config.seed, streams::kOrderCustomer),
      channel_key_(plan.config.seed, streams::kOrderChannel),
      payment_key_(plan.config.seed, streams::kOrderPayment),
      campaign_key_(plan.config.seed, streams::kOrderCampaign),
      basket_key_(plan.config.seed, streams::kOrderBasket),
      index_(plan, StreamKey(plan.config.seed, streams::kOrderFate)),
      time_key_(plan.config.seed, streams::kOrderTime),
      fulfil_key_(plan.config.seed, streams::kOrderFulfilment),
      return_key_(plan.config.seed, streams::kOrderReturns),
      sequence_offset_key_(plan.config.seed, streams::kOrderSequenceOffset) {
  minutes_within_days_ = plan.start_us % kMicrosPerMinute == 0;
  SequenceDays(plan);
  if (customers.market() == Market::kIndia) {
    // Free delivery from Rs 499, else Rs 49; GST charged on top at 5% (a simplification
    // of India's slabs, documented).
    free_shipping_cents_ = 49900;
    shipping_fee_cents_ = 4900;
    tax_rate_ = 0.05;
  } else {
    // Free shipping from $35, else $5.99; a 7.25% sales tax (California's base rate).
    free_shipping_cents_ = 3500;
    shipping_fee_cents_ = 599;
    tax_rate_ = 0.0725;
  }
}

void OrderModel::SequenceDays(const Plan& plan) {
  day_sequences_.reserve(plan.days.size());
  for (const PlanDay& day : plan.days) {
    RowRng rng(sequence_offset_key_, static_cast<uint64_t>(day.epoch_day));
    DaySequence& sequence = day_sequences_.emplace_back();
    sequence.lead = rng.Uniform();
    sequence.late = rng.Uniform();
    double bound = 0;
    for (int lead = 0; lead <= kMaxLeadDays; ++lead) {
      bound = std::max(bound, plan.LateProbability(day.epoch_day + lead));
    }
    sequence.late_bound = AnyProductsLateProbability(bound);
  }
}

int64_t OrderModel::MinuteFate(int64_t minute, int64_t rank) const {
  return static_cast<int64_t>(FatePermutation(minute)(static_cast<uint64_t>(rank)));
}

int64_t OrderModel::Place(const OrderSlot& slot, int64_t fate_rank, OrderRecord& out) const {
  const Plan& plan = *plan_;
  const OrderIndex::MinuteOrders& minute = index_.Minute(slot.minute);
  out.order_id = slot.index + 1;

  // Stratified seconds keep ids in time order inside the minute.
  RowRng time_rng(time_key_, static_cast<uint64_t>(slot.index));
  const int64_t minute_seconds = plan.MinuteLengthUs(slot.minute) / kMicrosPerSecond;
  const auto second = static_cast<int64_t>((static_cast<double>(slot.rank) + time_rng.Uniform()) *
                                           static_cast<double>(minute_seconds) / minute.count);
  out.order_us = plan.MinuteStartUs(slot.minute) +
                 std::min(second, std::max<int64_t>(minute_seconds - 1, 0)) * kMicrosPerSecond;

  const int64_t fate = fate_rank >= 0 ? fate_rank : MinuteFate(slot.minute, slot.rank);
  out.payment_failed = PaymentFails(slot, fate);
  // Carriers of the viral product come right after the failures in the minute's fate order;
  // the first `units % carriers` of them take one unit more.
  const int64_t carrier = fate - minute.failures;
  const int64_t carriers = minute.viral_carriers;
  if (out.payment_failed || carrier >= carriers) return 0;
  const int64_t units = minute.viral_units;
  return units / carriers + (carrier < units % carriers ? 1 : 0);
}

void OrderModel::EvaluateDelivery(const OrderSlot& slot, int64_t fate_rank,
                                  OrderRecord& out) const {
  if (plan_->scenario.supply) {
    // Late deliveries then depend on the order's products.
    Evaluate(slot, fate_rank, out);
    return;
  }
  Place(slot, fate_rank, out);
  Fulfil(out);
}

OrderModel::MinuteScreen OrderModel::ScreenOf(int64_t minute) const {
  const Plan& plan = *plan_;
  const int64_t minute_start_us = plan.MinuteStartUs(minute);
  MinuteScreen screen;
  screen.day = DaysFromMicros(minute_start_us);
  screen.day_known =
      minutes_within_days_ ||
      screen.day == DaysFromMicros(minute_start_us + plan.MinuteLengthUs(minute) - 1);
  screen.sequence = SequenceOf(screen.day);
  return screen;
}

bool OrderModel::MayBeLateByDrawn(const MinuteScreen& screen, int64_t index, double late_draw,
                                  int64_t due_by_us) const {
  // Promise's computation, but for the products (unknown here), whose effect is bounded.
  const Plan& plan = *plan_;
  const int64_t promised_day =
      screen.day +
      LeadDaysFor(FractionalPart(screen.sequence.lead + static_cast<double>(index + 1) * kR2First));
  if ((promised_day + 1) * kMicrosPerDay > due_by_us) return false;
  return late_draw < AnyProductsLateProbability(plan.LateProbability(promised_day));
}

double OrderModel::AnyProductsLateProbability(double late_probability) const {
  const std::optional<SupplyFacts>& supply = plan_->scenario.supply;
  if (!supply) return late_probability;
  return std::min(0.95, late_probability * std::max(1.0, supply->late_multiplier));
}

int64_t OrderModel::CustomerOf(const OrderRecord& placed) const {
  // Evaluate's draws from the order's customer stream.
  RowRng rng(customer_key_, static_cast<uint64_t>(placed.order_id - 1));
  return customers_->Pick(rng, placed.order_us);
}

void OrderModel::Evaluate(const OrderSlot& slot, int64_t fate_rank, OrderRecord& out) const {
  out = OrderRecord{};
  const int64_t viral_units = Place(slot, fate_rank, out);
  const auto index = static_cast<uint64_t>(slot.index);
  RowRng customer_rng(customer_key_, index);
  out.customer_id = customers_->Pick(customer_rng, out.order_us, &out.customer);
  RowRng channel_rng(channel_key_, index);
  out.channel = customers_->OrderChannel(channel_rng, out.customer_id, out.customer, out.order_us);
  RowRng payment_rng(payment_key_, index);
  out.payment = customers_->OrderPayment(payment_rng, out.customer);
  RowRng campaign_rng(campaign_key_, index);
  const Campaign* campaign = campaigns_->Attribute(campaign_rng, out.order_us);
  out.campaign_id = campaign != nullptr ? campaign->id : 0;

  RowRng basket_rng(basket_key_, index);
  FillLines(basket_rng, viral_units, out);
  // Campaign discounts apply to the campaign's categories, unless the scenario's own discount
  // already covers the line.
  int64_t gross = 0;
  for (int line_idx = 0; line_idx < out.line_count; ++line_idx) {
    OrderLine& line = out.lines[static_cast<size_t>(line_idx)];
    const Product& product = catalog_->at(line.product_id);
    line.unit_price_cents = product.list_price_cents;
    if (product.discount_pct > 0) {
      line.discount_pct = product.discount_pct;
    } else if (campaign != nullptr && campaign->targets[static_cast<size_t>(product.category)]) {
      line.discount_pct = campaign->discount_pct;
    }
    const int64_t full = line.quantity * line.unit_price_cents;
    line.line_total_cents = RoundDiv100(full * (100 - line.discount_pct));
    gross += full;
    out.subtotal_cents += line.line_total_cents;
  }
  out.discount_cents = gross - out.subtotal_cents;
  out.shipping_cents = out.subtotal_cents >= free_shipping_cents_ ? 0 : shipping_fee_cents_;
  out.tax_cents = RoundToInt64(static_cast<double>(out.subtotal_cents) * tax_rate_);
  out.total_cents = out.subtotal_cents + out.shipping_cents + out.tax_cents;

  Fulfil(out);
  DecideReturns(out);
}

void OrderModel::FillLines(RowRng& rng, int64_t viral_units, OrderRecord& out) const {
  const CohortConfig& cohort = plan_->config.cohorts[static_cast<size_t>(out.customer.generation)];
  int64_t lines = 1 + rng.Poisson(std::max(0.0, cohort.mean_basket_items - 1.0));
  lines = std::min<int64_t>(lines, kMaxOrderLines);
  int line_idx = 0;
  if (viral_units > 0) {
    // The viral product, in the quantity the plan allotted, so units sold equal the plan's.
    out.lines[0].product_id = catalog_->viral_product_id();
    out.lines[0].quantity = viral_units;
    line_idx = 1;
  }
  for (; line_idx < lines; ++line_idx) {
    int64_t product = catalog_->DrawProduct(out.customer.generation, rng.Next());
    // One line per product: redraw a repeat a few times (popular items repeat often).
    for (int retry = 0; retry < 3; ++retry) {
      bool repeat = false;
      for (int prev = 0; prev < line_idx; ++prev) {
        repeat = repeat || out.lines[static_cast<size_t>(prev)].product_id == product;
      }
      if (!repeat) break;
      product = catalog_->DrawProduct(out.customer.generation, rng.Next());
    }
    bool repeat = false;
    for (int prev = 0; prev < line_idx; ++prev) {
      repeat = repeat || out.lines[static_cast<size_t>(prev)].product_id == product;
    }
    if (repeat) break;
    out.lines[static_cast<size_t>(line_idx)].product_id = product;
    out.lines[static_cast<size_t>(line_idx)].quantity = DrawQuantity(rng);
  }
  out.line_count = line_idx;
}

void OrderModel::Promise(OrderRecord& out) const {
  const Plan& plan = *plan_;
  out.has_promise = true;
  const int64_t order_day = DaysFromMicros(out.order_us);
  const DaySequence& sequence = SequenceOf(order_day);
  const auto index = static_cast<double>(out.order_id);
  out.promised_day = order_day + LeadDaysFor(FractionalPart(sequence.lead + index * kR2First));
  double late_probability = plan.LateProbability(out.promised_day);
  if (plan.scenario.supply) {
    for (int line_idx = 0; line_idx < out.line_count; ++line_idx) {
      if (catalog_->at(out.lines[static_cast<size_t>(line_idx)].product_id).affected) {
        late_probability = std::min(0.95, late_probability * plan.scenario.supply->late_multiplier);
        break;
      }
    }
  }
  out.late = FractionalPart(sequence.late + index * kR2Second) < late_probability;
}

void OrderModel::Fulfil(OrderRecord& out) const {
  const BusinessConfig& business = plan_->config.business;
  RowRng rng(fulfil_key_, static_cast<uint64_t>(out.order_id));
  // Every field set below starts from its default, so a record can be reused.
  out.has_promise = false;
  out.promised_day = 0;
  out.late = false;
  out.delivered = false;
  out.delivered_us = 0;
  if (out.payment_failed) {
    out.status = OrderStatus::kPaymentFailed;
    return;
  }
  Promise(out);
  if (rng.Bernoulli(business.cancel_rate)) {
    out.late = false;
    out.status = OrderStatus::kCancelled;
    return;
  }
  const int64_t promised_end = (out.promised_day + 1) * kMicrosPerDay;
  if (out.late) {
    if (rng.Bernoulli(kLostShareOfLate)) {
      out.status = OrderStatus::kLost;
      return;
    }
    const double extra = rng.Exponential(kMeanLatenessDays * kMicrosPerDay);
    out.delivered_us = promised_end + kMicrosPerSecond + static_cast<int64_t>(extra);
  } else {
    const int64_t lo = std::max(out.order_us, out.promised_day * kMicrosPerDay);
    const int64_t hi = std::max(lo, promised_end - kMicrosPerSecond);
    out.delivered_us = lo + static_cast<int64_t>(rng.Uniform() * static_cast<double>(hi - lo));
  }
  out.delivered_us -= out.delivered_us % kMicrosPerSecond;
  out.delivered_us = std::max(out.delivered_us, out.order_us);
  out.delivered = true;
  out.status = OrderStatus::kDelivered;
}

void OrderModel::DecideReturns(OrderRecord& out) const {
  if (!out.delivered) return;
  const Config& config = plan_->config;
  RowRng rng(return_key_, static_cast<uint64_t>(out.order_id));
  double processing_mean = config.business.mean_return_processing_days;
  if (plan_->scenario.returns)
    processing_mean *= plan_->scenario.returns->processing_days_multiplier;
  // Log-normal with this mean: median = mean / exp(sigma^2 / 2).
  const double processing_median =
      processing_mean / std::exp(kProcessingSigma * kProcessingSigma / 2);
  for (int line_idx = 0; line_idx < out.line_count; ++line_idx) {
    OrderLine& line = out.lines[static_cast<size_t>(line_idx)];
    const Product& product = catalog_->at(line.product_id);
    if (!rng.Bernoulli(catalog_->ReturnProbability(product.category))) continue;
    line.returned = true;
    const double after = std::min<double>(rng.Exponential(kMeanReturnAfterDays * kMicrosPerDay),
                                          kReturnWindowDays * kMicrosPerDay);
    line.requested_us = out.delivered_us + kMicrosPerHour + static_cast<int64_t>(after);
    line.requested_us -= line.requested_us % kMicrosPerSecond;
    line.return_reason = DrawReturnReason(rng, product.category, out.late);
    const double outcome = rng.Uniform();
    if (outcome < 0.86) {
      line.return_status = ReturnStatus::kRefunded;
      line.refund_cents = line.line_total_cents;
    } else if (outcome < 0.94) {
      line.return_status = ReturnStatus::kPartiallyRefunded;  // restocking or missing parts
      line.refund_cents = line.line_total_cents * rng.Between(50, 90) / 100;
    } else {
      line.return_status = ReturnStatus::kRejected;
      line.refund_cents = 0;
    }
    line.processing_days =
        std::max<int64_t>(1, RoundToInt64(rng.LogNormal(processing_median, kProcessingSigma)));
    ++out.return_count;
  }
  if (out.return_count > 0) out.status = OrderStatus::kReturned;
}

}  // namespace ecomgen
