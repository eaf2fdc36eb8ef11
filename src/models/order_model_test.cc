// The OrderModel's partial evaluations agree with the full one, which the orders table prints:
// a support ticket that links an order through them sees the same order.
#include "models/order_model.h"

#include <gtest/gtest.h>

#include "ecomgen/config.h"
#include "models/world.h"

namespace ecomgen {
namespace {

struct RunCase {
  const char* scenario;
  double scale;  // enough for a few thousand orders
};

Config SmallRun(const RunCase& run) {
  Result<Config> config = BuiltinScenario(run.scenario);
  EXPECT_TRUE(config.has_value()) << run.scenario;
  config->scale = run.scale;
  return *config;
}

// Every `stride`-th order of the run, walking the plan's minutes.
template <typename Check>
void ForSampledOrders(const OrderModel& orders, int64_t stride, Check&& check) {
  const Plan& plan = orders.plan();
  ASSERT_GT(plan.total_orders(), 1000);
  int64_t index = 0;
  for (int64_t minute = 0; minute < plan.minute_count; ++minute) {
    for (int64_t rank = 0; rank < plan.orders[static_cast<size_t>(minute)]; ++rank, ++index) {
      if (index % stride != 0) continue;
      check(OrderSlot{index, minute, rank});
    }
  }
}

// SlotOf agrees with a walk over the minutes for every order, in runs whose quiet minutes
// have no orders (scale 0.02) and whose minutes are full (scale 3), with a window that ends
// inside a bucket.
TEST(OrderModelSlotTest, SlotOfFindsEveryOrdersMinuteAndRank) {
  for (const double scale : {0.02, 3.0}) {
    Config config = SmallRun({"baseline", scale});
    config.duration_us = 2 * kMicrosPerDay + 17 * kMicrosPerMinute;
    const World world(config);
    const Plan& plan = world.plan;
    ASSERT_GT(plan.total_orders(), 50);
    int64_t empty_minutes = 0;
    int64_t index = 0;
    for (int64_t minute = 0; minute < plan.minute_count; ++minute) {
      const int32_t count = plan.orders[static_cast<size_t>(minute)];
      empty_minutes += count == 0 ? 1 : 0;
      for (int32_t rank = 0; rank < count; ++rank, ++index) {
        const OrderSlot slot = world.orders.SlotOf(index);
        ASSERT_EQ(slot.index, index);
        ASSERT_EQ(slot.minute, minute) << "scale " << scale << ", order " << index;
        ASSERT_EQ(slot.rank, rank) << "scale " << scale << ", order " << index;
      }
    }
    EXPECT_EQ(index, plan.total_orders());
    if (scale < 1) {
      EXPECT_GT(empty_minutes, 0) << "the quiet-minute case has no empty minute";
    }
  }
}

class OrderModelTest : public testing::TestWithParam<RunCase> {};

TEST_P(OrderModelTest, PartialEvaluationsAgreeWithEvaluate) {
  const World world(SmallRun(GetParam()));
  const OrderModel& orders = world.orders;
  int64_t late_and_due = 0;
  ForSampledOrders(orders, 7, [&](const OrderSlot& slot) {
    OrderRecord full;
    orders.Evaluate(slot, -1, full);
    OrderRecord delivery;
    orders.EvaluateDelivery(slot, orders.MinuteFate(slot.minute, slot.rank), delivery);
    EXPECT_EQ(delivery.order_id, full.order_id);
    EXPECT_EQ(delivery.order_us, full.order_us);
    EXPECT_EQ(delivery.payment_failed, full.payment_failed);
    EXPECT_EQ(delivery.payment_failed,
              orders.PaymentFails(slot, orders.MinuteFate(slot.minute, slot.rank)));
    EXPECT_EQ(delivery.late, full.late);
    EXPECT_EQ(delivery.delivered, full.delivered);
    EXPECT_EQ(delivery.delivered_us, full.delivered_us);
    EXPECT_EQ(delivery.promised_day, full.promised_day);
    EXPECT_EQ(orders.CustomerOf(delivery), full.customer_id);
    // MayBeLateBy never rules out an order that is late and due by then.
    const int64_t due_by_us = (full.promised_day + 1) * kMicrosPerDay;
    if (full.late && full.status != OrderStatus::kCancelled) {
      ++late_and_due;
      const OrderModel::MinuteScreen screen = orders.ScreenOf(slot.minute);
      EXPECT_TRUE(orders.MayBeLateBy(screen, slot.index, due_by_us)) << "order " << full.order_id;
      EXPECT_FALSE(orders.MayBeLateBy(screen, slot.index, due_by_us - 1))
          << "order " << full.order_id;
    }
  });
  EXPECT_GT(late_and_due, 20);
}

INSTANTIATE_TEST_SUITE_P(Scenarios, OrderModelTest,
                         testing::Values(RunCase{"baseline", 0.1},
                                         RunCase{"supply_disruption", 0.3},
                                         RunCase{"payment_outage", 10}));

}  // namespace
}  // namespace ecomgen
