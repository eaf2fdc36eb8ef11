// Brands, adjectives and nouns that product names are built from, per category.
//
// Every brand here is invented for this generator; none is meant to name a real company or
// product line. Nouns lean on what sells in both markets (a kurta and a cricket bat beside
// chinos and a baseball cap), since one catalogue serves either market.
#include <algorithm>
#include <array>

#include "pools/pool_table.h"
#include "pools/product_pools.h"

namespace ecomgen::pools_detail {
namespace {

using Words = std::string_view;

// electronics
constexpr auto kElectronicsBrands = std::to_array<Words>(
    {"Voltaryn", "Nexorra",   "Zyntrik",    "Arcwavia", "Lumetrix", "Pulsendo", "Vireonix",
     "Ohmcraft", "Circuvo",   "Kirovox",    "Bytelark", "Solvane",  "Tronavi",  "Qubrio",
     "Helixon",  "Fluxberry", "Wattsworth", "Signalyn", "Corvexa",  "Diodra",   "Pixelmoor",
     "Quarnix",  "Ionvale",   "Spectrava",  "Zenthic",  "Audrivo"});
constexpr auto kElectronicsAdjectives = std::to_array<Words>(
    {"Ultra",     "Pro",     "Compact",  "Portable",  "Slim",   "Max",        "Lite", "Turbo",
     "Rugged",    "Premium", "Next-Gen", "Ergonomic", "Studio", "Mini",       "Plus", "Elite",
     "Essential", "Classic", "Advanced", "Everyday",  "Travel", "Performance"});
constexpr auto kElectronicsNouns = std::to_array<Words>({"Wireless Earbuds",
                                                         "4K Smart TV",
                                                         "Bluetooth Speaker",
                                                         "Noise-Cancelling Headphones",
                                                         "Smartwatch",
                                                         "Fitness Tracker",
                                                         "Power Bank",
                                                         "USB-C Charger",
                                                         "Gaming Mouse",
                                                         "Mechanical Keyboard",
                                                         "Laptop Stand",
                                                         "Webcam",
                                                         "Portable SSD",
                                                         "Wi-Fi Router",
                                                         "Tablet",
                                                         "E-Reader",
                                                         "Soundbar",
                                                         "Action Camera",
                                                         "Dash Cam",
                                                         "Smart Plug",
                                                         "Monitor",
                                                         "Drone",
                                                         "Wireless Charger",
                                                         "Smartphone"});

// clothing
constexpr auto kClothingBrands = std::to_array<Words>(
    {"Threadmere",       "Loomvista",   "Kapasa Weave",  "Indigo Fable",   "Stitchwell & Co",
     "Marlow Thread",    "Cotswell",    "Urbanloom",     "Fabrikaa",       "Silkroute Label",
     "Denimora",         "Tailorfield", "Hemline House", "Vastra Lane",    "Kurtique",
     "Wovenly",          "Nomad Knit",  "Seamstone",     "Drapewood",      "Plaid & Pine",
     "Bluefern Apparel", "Rivet Row",   "Mulberry Mile", "Saffron Stitch", "Cordova Knits",
     "Linenfold"});
constexpr auto kClothingAdjectives = std::to_array<Words>(
    {"Classic",  "Relaxed", "Everyday", "Vintage",  "Lightweight", "Breathable",
     "Stretch",  "Organic", "Casual",   "Tailored", "Oversized",   "Essential",
     "Premium",  "Soft",    "Cozy",     "Printed",  "Striped",     "Washed",
     "Heritage", "Urban",   "Summer",   "Winter"});
constexpr auto kClothingNouns = std::to_array<Words>(
    {"Cotton T-Shirt", "Slim Fit Jeans", "Hoodie",      "Denim Jacket", "Polo Shirt",
     "Chinos",         "Maxi Dress",     "Kurta",       "Saree",        "Running Shorts",
     "Sweater",        "Cardigan",       "Leggings",    "Track Pants",  "Formal Shirt",
     "Blazer",         "Rain Jacket",    "Sneakers",    "Ankle Boots",  "Sandals",
     "Scarf",          "Baseball Cap",   "Socks 5-Pack"});

// books (the brand is the publisher's imprint)
constexpr auto kBooksBrands =
    std::to_array<Words>({"Inkwell House",     "Pagecraft Press",   "Quillmark Books",
                          "Lanternleaf",       "Bookwright & Sons", "Paperkite Press",
                          "Folio Meadow",      "Chapterhouse Lane", "Mosaic Shelf",
                          "Banyan Leaf Press", "Marginalia Books",  "Emberpage Press",
                          "Storyloom",         "Readwynd",          "Bindery Row",
                          "Scrollwise",        "Peacock Quill",     "Northlight Editions",
                          "Bookmoth",          "Riverstone Press",  "Verso & Recto",
                          "Tallowtree Books",  "Kestrel Page",      "Saltmarsh Press",
                          "Gulmohar Books",    "Owl & Ember"});
constexpr auto kBooksAdjectives =
    std::to_array<Words>({"Bestselling", "Illustrated", "Complete", "Essential",  "Annotated",
                          "Pocket",      "Collector's", "Revised",  "Hardcover",  "Paperback",
                          "Deluxe",      "Definitive",  "Concise",  "Unabridged", "Award-Winning",
                          "Beginner's",  "Ultimate",    "Little",   "Modern",     "Classic"});
constexpr auto kBooksNouns = std::to_array<Words>({"Mystery Novel",
                                                   "Cookbook",
                                                   "Self-Help Guide",
                                                   "Biography",
                                                   "Science Fiction Novel",
                                                   "Fantasy Saga",
                                                   "Thriller",
                                                   "Romance Novel",
                                                   "World History",
                                                   "Poetry Collection",
                                                   "Children's Picture Book",
                                                   "Graphic Novel",
                                                   "Travel Guide",
                                                   "Business Strategy Book",
                                                   "Programming Handbook",
                                                   "Exam Prep Guide",
                                                   "Short Story Collection",
                                                   "Memoir",
                                                   "Puzzle Book",
                                                   "Activity Book",
                                                   "Atlas",
                                                   "Dictionary",
                                                   "Philosophy Primer"});

// beauty
constexpr auto kBeautyBrands = std::to_array<Words>(
    {"Lumiveda",  "Glowrista",    "Velvessa",       "Amaranthe", "Kesariya Glow",
     "Dewbloom",  "Silkaura",     "Rosavea",        "Purelune",  "Chandanika",
     "Botaniq",   "Mirasol Skin", "Opaline Beauty", "Auralis",   "Hydrelle",
     "Nuvaskin",  "Petalcraft",   "Serumist",       "Luxeleaf",  "Tulsi & Tide",
     "Blushwood", "Aloe Haven",   "Mistara",        "Vedaveil",  "Clarivelle"});
constexpr auto kBeautyAdjectives = std::to_array<Words>(
    {"Hydrating",      "Matte",       "Radiant", "Gentle",    "Vitamin C", "Herbal",   "Nourishing",
     "Long-Lasting",   "Brightening", "Organic", "Ayurvedic", "Soothing",  "Velvet",   "Dewy",
     "Fragrance-Free", "Anti-Aging",  "Glow",    "Silk",      "Pure",      "Botanical"});
constexpr auto kBeautyNouns = std::to_array<Words>(
    {"Face Serum", "Moisturizer", "Sunscreen SPF 50", "Lipstick", "Mascara",     "Foundation",
     "Face Wash",  "Sheet Mask",  "Hair Oil",         "Shampoo",  "Conditioner", "Body Lotion",
     "Eyeliner",   "Nail Polish", "Eau de Parfum",    "Lip Balm", "Night Cream", "Toner",
     "Kajal",      "Hair Serum",  "Face Powder",      "Beard Oil"});

// home_kitchen
constexpr auto kHomeKitchenBrands = std::to_array<Words>(
    {"Hearthwell",        "Kitchora",       "Copperleaf Home", "Tawa & Tandoor",  "Nestmere",
     "Brasswood",         "Dwellory",       "Panwise",         "Homestead Forge", "Chulha Craft",
     "Simmerly",          "Larder & Loom",  "Cozynest",        "Steelwick",       "Oakhaven Home",
     "Grainfield Living", "Maple & Mortar", "Kettleby",        "Spoonbridge",     "Ashgrove Home",
     "Casaloom",          "Pestle & Pan",   "Ghar Sundar",     "Tidynook",        "Ceramoro",
     "Urbancraft Kitchen"});
constexpr auto kHomeKitchenAdjectives =
    std::to_array<Words>({"Stainless", "Ceramic",   "Modern",      "Classic",      "Compact",
                          "Durable",   "Elegant",   "Minimalist",  "Heavy-Duty",   "Eco",
                          "Rustic",    "Premium",   "Everyday",    "Space-Saving", "Cotton",
                          "Bamboo",    "Cast Iron", "Family-Size", "Handcrafted",  "Deluxe"});
constexpr auto kHomeKitchenNouns = std::to_array<Words>({"Nonstick Frying Pan",
                                                         "Pressure Cooker",
                                                         "Chef's Knife",
                                                         "Cutting Board",
                                                         "Mixer Grinder",
                                                         "Electric Kettle",
                                                         "Air Fryer",
                                                         "Coffee Maker",
                                                         "Storage Containers",
                                                         "Bedsheet Set",
                                                         "Bath Towel",
                                                         "Dinner Set",
                                                         "Water Bottle",
                                                         "Lunch Box",
                                                         "Table Lamp",
                                                         "Wall Clock",
                                                         "Cushion Cover",
                                                         "Vacuum Cleaner",
                                                         "Spice Rack",
                                                         "Cookware Set",
                                                         "Tea Mugs",
                                                         "Curtains"});

// sports_outdoors
constexpr auto kSportsBrands = std::to_array<Words>(
    {"Trailvex",      "Summitry",      "Peakform",   "Stridewell",      "Cragline",
     "Velocore",      "Ridgewyn",      "Kinetrix",   "Wildpath Gear",   "Pitchside",
     "Boundary Line", "Sixer Sports",  "Aquafin",    "Altivo Outdoors", "Terranook",
     "Sprintlane",    "Grit & Glide",  "Campfirely", "Northtrek",       "Forgefit",
     "Racquetry",     "Basecamp Bros", "Tidewild",   "Everpeak",        "Pedalwise",
     "Fieldmarrow"});
constexpr auto kSportsAdjectives = std::to_array<Words>(
    {"Pro",        "Training", "Trail",  "All-Weather", "Lightweight", "Endurance", "Performance",
     "Adjustable", "Foldable", "Grip",   "Outdoor",     "Competition", "Club",      "Junior",
     "Summit",     "Explorer", "Active", "Power",       "Flex",        "Team"});
constexpr auto kSportsNouns = std::to_array<Words>(
    {"Yoga Mat",      "Dumbbell Set",     "Cricket Bat",     "Football",      "Badminton Racket",
     "Tennis Racket", "Camping Tent",     "Hiking Backpack", "Sleeping Bag",  "Cycling Helmet",
     "Running Shoes", "Resistance Bands", "Skipping Rope",   "Sports Bottle", "Trekking Poles",
     "Fishing Rod",   "Basketball",       "Gym Gloves",      "Foam Roller",   "Kettlebell",
     "Swim Goggles"});

// toys_games
constexpr auto kToysBrands = std::to_array<Words>(
    {"Tinkertop",     "Playvolt",    "Wonderbrick",    "Giggleworks", "Puzzlewick",
     "Kiddora",       "Blocktopia",  "Jolly Otter",    "Zoomzoo",     "Marble & Moon",
     "Toyvana",       "Sparkplay",   "Cubbyhole Toys", "Wobblewood",  "Hoppity Lane",
     "Brainybox",     "Chakri Toys", "Funfolk",        "Playnest",    "Dinodash",
     "Rocket Radish", "Twirlytop",   "Yo-Yo Yard",     "Meeple Mill", "Paper Tiger Games",
     "Kitekraft"});
constexpr auto kToysAdjectives = std::to_array<Words>(
    {"Classic",          "Deluxe",   "Junior", "Mega",   "Educational", "Creative",  "Magnetic",
     "Wooden",           "Colorful", "Family", "Mini",   "Super",       "Adventure", "Rainbow",
     "Glow-in-the-Dark", "Talking",  "Jumbo",  "Travel", "Interactive", "Learning"});
constexpr auto kToysNouns = std::to_array<Words>(
    {"Building Blocks Set", "Jigsaw Puzzle", "Board Game",       "Remote Control Car",
     "Plush Teddy Bear",    "Doll House",    "Action Figure",    "Card Game",
     "Art and Craft Kit",   "Science Kit",   "Toy Train Set",    "Kite",
     "Puzzle Cube",         "Water Blaster", "Kitchen Play Set", "Stacking Rings",
     "Musical Keyboard",    "Chess Set",     "Carrom Board",     "Modelling Clay",
     "Bubble Machine",      "Toy Drone"});

// grocery
constexpr auto kGroceryBrands = std::to_array<Words>(
    {"Farmvale",       "Harvest Thali", "Goldgrain",       "Spicetrail",   "Desi Pantry",
     "Orchardly",      "Nuttree",       "Kheti Fresh",     "Pantrywise",   "Brewhaven",
     "Chai Chowk",     "Grainsmith",    "Honeyridge",      "Saffronvale",  "Masala Mandi",
     "Olivara",        "Crunchfield",   "Morning Harvest", "Purely Daily", "Dal Darbar",
     "Greenbasket Co", "Sunmill",       "Cocoa Cove",      "Tiffin Tales", "Sattvik Select"});
constexpr auto kGroceryAdjectives = std::to_array<Words>(
    {"Organic",      "Roasted",    "Premium",        "Classic",     "Natural",
     "Whole Grain",  "Farm Fresh", "Gluten-Free",    "Sugar-Free",  "Family Pack",
     "Cold-Pressed", "Spicy",      "Lightly Salted", "Traditional", "Everyday",
     "Select",       "Golden",     "Pure",           "Homestyle",   "Value Pack"});
constexpr auto kGroceryNouns = std::to_array<Words>(
    {"Basmati Rice",   "Green Tea",     "Instant Coffee", "Almonds",          "Cashews",
     "Olive Oil",      "Peanut Butter", "Honey",          "Breakfast Cereal", "Rolled Oats",
     "Dark Chocolate", "Masala Chai",   "Spice Mix",      "Whole Wheat Atta", "Pasta",
     "Tomato Ketchup", "Granola Bars",  "Trail Mix",      "Toor Dal",         "Protein Powder",
     "Mixed Pickle",   "Potato Chips"});

constexpr std::array<CategoryWords, 8> kWords = {{
    {kElectronicsBrands, kElectronicsAdjectives, kElectronicsNouns},
    {kClothingBrands, kClothingAdjectives, kClothingNouns},
    {kBooksBrands, kBooksAdjectives, kBooksNouns},
    {kBeautyBrands, kBeautyAdjectives, kBeautyNouns},
    {kHomeKitchenBrands, kHomeKitchenAdjectives, kHomeKitchenNouns},
    {kSportsBrands, kSportsAdjectives, kSportsNouns},
    {kToysBrands, kToysAdjectives, kToysNouns},
    {kGroceryBrands, kGroceryAdjectives, kGroceryNouns},
}};

// The length of the longest "<Brand> <Adjective> <Noun>" over every category.
constexpr size_t LongestName() {
  size_t longest = 0;
  for (const CategoryWords& words : kWords) {
    size_t brand = 0;
    size_t adjective = 0;
    size_t noun = 0;
    for (const std::string_view word : words.brands) brand = std::max(brand, word.size());
    for (const std::string_view word : words.adjectives)
      adjective = std::max(adjective, word.size());
    for (const std::string_view word : words.nouns) noun = std::max(noun, word.size());
    longest = std::max(longest, brand + 1 + adjective + 1 + noun);
  }
  return longest;
}
static_assert(LongestName() <= kMaxProductNameLength, "raise kMaxProductNameLength");
static_assert(kWords.size() == kProductCategoryCount, "one entry per ProductCategory");

}  // namespace

std::span<const CategoryWords> AllCategoryWords() { return kWords; }

}  // namespace ecomgen::pools_detail
