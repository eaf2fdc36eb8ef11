// India's first names, surnames and e-mail domains.
//
// The names mix regions and communities (north and south Indian, Bengali, Marathi, Gujarati,
// Punjabi, Muslim, Christian, north-eastern) and generations (older names such as Sunita or
// Ramesh beside recent ones such as Aarav or Aadhya). Weights are relative and rounded: they
// follow the rough order of popularity in published baby-name and surname frequency lists
// (Singh, Kumar and Sharma are by far the most common surnames), not exact counts.
//
// E-mail domain weights reflect the usual consumer mix: Gmail dominates, followed by Yahoo
// (including the yahoo.co.in legacy domain), Outlook/Hotmail and Rediffmail.
#include <array>

#include "pools/pool_table.h"

namespace ecomgen::pools_detail {
namespace {

constexpr auto kFemaleFirst = std::to_array<WeightedName>({
    {"Priya", 90},   {"Pooja", 85},    {"Neha", 80},       {"Anjali", 75},  {"Sneha", 70},
    {"Kavya", 60},   {"Divya", 65},    {"Shreya", 60},     {"Riya", 55},    {"Ananya", 60},
    {"Aadhya", 40},  {"Diya", 40},     {"Saanvi", 40},     {"Aanya", 30},   {"Pari", 25},
    {"Anika", 30},   {"Navya", 35},    {"Myra", 25},       {"Sara", 25},    {"Aishwarya", 40},
    {"Lakshmi", 50}, {"Sunita", 60},   {"Anita", 55},      {"Kavita", 50},  {"Rekha", 45},
    {"Meena", 40},   {"Geeta", 40},    {"Seema", 40},      {"Asha", 40},    {"Usha", 35},
    {"Lata", 25},    {"Shalini", 30},  {"Swati", 40},      {"Nisha", 45},   {"Preeti", 40},
    {"Deepika", 35}, {"Pallavi", 35},  {"Madhuri", 25},    {"Archana", 30}, {"Sapna", 25},
    {"Jyoti", 45},   {"Rani", 30},     {"Radha", 25},      {"Sarita", 30},  {"Vandana", 25},
    {"Poonam", 35},  {"Kiran", 40},    {"Payal", 25},      {"Megha", 30},   {"Ritu", 30},
    {"Aditi", 40},   {"Isha", 30},     {"Tanvi", 25},      {"Nandini", 30}, {"Ishita", 25},
    {"Simran", 30},  {"Manpreet", 25}, {"Fatima", 35},     {"Ayesha", 30},  {"Zoya", 20},
    {"Sana", 30},    {"Nazia", 20},    {"Farah", 15},      {"Mary", 20},    {"Priyanka", 45},
    {"Sonal", 20},   {"Bhavna", 20},   {"Komal", 25},      {"Shweta", 40},  {"Rashmi", 30},
    {"Ramya", 25},   {"Keerthi", 20},  {"Sowmya", 20},     {"Harini", 20},  {"Revathi", 15},
    {"Bindu", 15},   {"Suma", 15},     {"Anusha", 25},     {"Padma", 15},   {"Vaishnavi", 20},
    {"Mitali", 15},  {"Moumita", 15},  {"Sushmita", 15},   {"Tanya", 20},   {"Kritika", 20},
    {"Nidhi", 25},   {"Rupali", 15},   {"Lalremruati", 5},
});

constexpr auto kMaleFirst = std::to_array<WeightedName>({
    {"Rahul", 95},     {"Amit", 90},      {"Rajesh", 75},   {"Suresh", 70},   {"Ramesh", 65},
    {"Vikram", 50},    {"Sanjay", 60},    {"Anil", 55},     {"Sunil", 55},    {"Manoj", 50},
    {"Deepak", 55},    {"Vijay", 60},     {"Ajay", 50},     {"Ravi", 60},     {"Arun", 50},
    {"Karthik", 45},   {"Pradeep", 40},   {"Naveen", 40},   {"Prakash", 40},  {"Ashok", 40},
    {"Mahesh", 40},    {"Ganesh", 35},    {"Harish", 30},   {"Nikhil", 40},   {"Siddharth", 35},
    {"Varun", 35},     {"Kunal", 30},     {"Gaurav", 40},   {"Abhishek", 45}, {"Ankit", 40},
    {"Saurabh", 35},   {"Akash", 40},     {"Vishal", 40},   {"Manish", 40},   {"Pankaj", 35},
    {"Rakesh", 40},    {"Dinesh", 35},    {"Mukesh", 30},   {"Naresh", 25},   {"Santosh", 35},
    {"Srinivas", 35},  {"Venkatesh", 30}, {"Murali", 25},   {"Senthil", 20},  {"Karan", 35},
    {"Harpreet", 25},  {"Gurpreet", 25},  {"Mohammed", 60}, {"Imran", 30},    {"Faisal", 20},
    {"Arif", 20},      {"Salman", 20},    {"Irfan", 20},    {"Zaid", 15},     {"Aarav", 45},
    {"Vivaan", 35},    {"Aditya", 45},    {"Arjun", 45},    {"Sai", 35},      {"Reyansh", 25},
    {"Ayaan", 30},     {"Krishna", 35},   {"Ishaan", 30},   {"Rohan", 40},    {"Aryan", 30},
    {"Dev", 20},       {"Kabir", 25},     {"Yash", 30},     {"Tanmay", 15},   {"Pranav", 25},
    {"Omkar", 15},     {"Rishi", 20},     {"Shubham", 35},  {"Vinod", 30},    {"Sachin", 35},
    {"Rajiv", 25},     {"Alok", 20},      {"Nitin", 30},    {"Sandeep", 40},  {"Tarun", 20},
    {"Hemant", 20},    {"Jitendra", 20},  {"Bhavesh", 15},  {"Chirag", 15},   {"Darshan", 15},
    {"Joseph", 15},    {"Thomas", 15},    {"Anand", 30},    {"Sameer", 25},   {"Aniket", 20},
    {"Debashish", 15}, {"Subhash", 20},   {"Arnab", 15},    {"Sourav", 20},   {"Biswajit", 15},
    {"Lalit", 15},     {"Bikash", 10},
});

constexpr auto kLast = std::to_array<WeightedName>({
    {"Singh", 100},     {"Kumar", 90},       {"Sharma", 70},      {"Patel", 45},
    {"Yadav", 40},      {"Gupta", 35},       {"Khan", 35},        {"Das", 30},
    {"Reddy", 30},      {"Verma", 28},       {"Shah", 25},        {"Rao", 25},
    {"Mishra", 22},     {"Jain", 20},        {"Pandey", 20},      {"Nair", 18},
    {"Chauhan", 18},    {"Thakur", 18},      {"Joshi", 18},       {"Ali", 18},
    {"Ahmed", 16},      {"Patil", 16},       {"Tiwari", 16},      {"Agarwal", 15},
    {"Roy", 15},        {"Chaudhary", 15},   {"Mehta", 14},       {"Desai", 12},
    {"Naidu", 12},      {"Menon", 10},       {"Pillai", 10},      {"Iyer", 10},
    {"Iyengar", 6},     {"Krishnan", 10},    {"Subramanian", 8},  {"Chatterjee", 10},
    {"Banerjee", 10},   {"Mukherjee", 10},   {"Bose", 8},         {"Dutta", 8},
    {"Ghosh", 12},      {"Sen", 8},          {"Chakraborty", 10}, {"Bhattacharya", 8},
    {"Sinha", 10},      {"Dubey", 10},       {"Shukla", 10},      {"Tripathi", 8},
    {"Srivastava", 10}, {"Saxena", 8},       {"Goyal", 8},        {"Bansal", 8},
    {"Mittal", 7},      {"Singhal", 5},      {"Khanna", 6},       {"Kapoor", 8},
    {"Malhotra", 7},    {"Chopra", 6},       {"Arora", 8},        {"Bhatia", 6},
    {"Sethi", 5},       {"Ahuja", 5},        {"Gill", 7},         {"Sandhu", 6},
    {"Dhillon", 5},     {"Grewal", 4},       {"Sidhu", 5},        {"Ansari", 12},
    {"Qureshi", 8},     {"Sheikh", 10},      {"Siddiqui", 8},     {"Hussain", 10},
    {"Mirza", 5},       {"Pathan", 6},       {"Syed", 7},         {"Kulkarni", 8},
    {"Deshpande", 6},   {"Pawar", 8},        {"Jadhav", 9},       {"Shinde", 8},
    {"More", 7},        {"Gaikwad", 6},      {"Chavan", 7},       {"Bhosale", 5},
    {"Kamble", 7},      {"Naik", 7},         {"Sawant", 5},       {"Rathore", 6},
    {"Rajput", 7},      {"Solanki", 6},      {"Parmar", 6},       {"Choudhury", 6},
    {"Mahajan", 5},     {"Bhatt", 7},        {"Trivedi", 5},      {"Pandya", 4},
    {"Vyas", 4},        {"Dave", 4},         {"Modi", 4},         {"Thakkar", 4},
    {"Soni", 6},        {"Chandra", 5},      {"Prasad", 12},      {"Murthy", 6},
    {"Shetty", 7},      {"Hegde", 5},        {"Kamath", 4},       {"Pai", 3},
    {"Bhat", 6},        {"Gowda", 8},        {"Acharya", 5},      {"Raju", 6},
    {"Varma", 5},       {"Chowdary", 5},     {"Goud", 5},         {"Kaur", 25},
    {"Thomas", 6},      {"George", 5},       {"Mathew", 5},       {"Varghese", 5},
    {"Kurian", 3},      {"Joseph", 5},       {"Fernandes", 4},    {"D'Souza", 4},
    {"Pereira", 3},     {"Rodrigues", 3},    {"Lobo", 2},         {"Mohanty", 5},
    {"Panda", 5},       {"Sahoo", 5},        {"Mahapatra", 4},    {"Nayak", 6},
    {"Behera", 5},      {"Swain", 4},        {"Jha", 8},          {"Mandal", 7},
    {"Paul", 5},        {"Saha", 6},         {"Barua", 3},        {"Bora", 3},
    {"Gogoi", 3},       {"Kalita", 3},       {"Hazarika", 2},     {"Sarma", 4},
    {"Lal", 6},         {"Kohli", 4},        {"Bajwa", 3},        {"Walia", 3},
    {"Anand", 4},       {"Bedi", 3},         {"Dhawan", 3},       {"Tandon", 3},
    {"Sood", 3},        {"Rastogi", 3},      {"Awasthi", 3},      {"Dixit", 5},
    {"Upadhyay", 5},    {"Kashyap", 4},      {"Rathod", 6},       {"Salvi", 2},
    {"Wagh", 3},        {"Mane", 4},         {"Nambiar", 3},      {"Kurup", 2},
    {"Warrier", 2},     {"Sastry", 2},       {"Chari", 2},        {"Natarajan", 4},
    {"Raman", 4},       {"Balakrishnan", 4}, {"Venkatesan", 4},   {"Ramachandran", 4},
    {"Gopalan", 3},     {"Sundaram", 3},
});

constexpr auto kDomains = std::to_array<WeightedName>({
    {"gmail.com", 720},
    {"yahoo.co.in", 70},
    {"yahoo.com", 50},
    {"outlook.com", 45},
    {"hotmail.com", 35},
    {"rediffmail.com", 30},
    {"icloud.com", 20},
    {"ymail.com", 10},
    {"live.com", 10},
    {"protonmail.com", 5},
    {"zoho.com", 5},
});

constexpr auto kFemaleNames = NamesOf(kFemaleFirst);
constexpr auto kFemaleWeights = WeightsOf(kFemaleFirst);
constexpr auto kMaleNames = NamesOf(kMaleFirst);
constexpr auto kMaleWeights = WeightsOf(kMaleFirst);
constexpr auto kLastNames = NamesOf(kLast);
constexpr auto kLastWeights = WeightsOf(kLast);
constexpr auto kDomainNames = NamesOf(kDomains);
constexpr auto kDomainWeights = WeightsOf(kDomains);

}  // namespace

const NamePools& IndiaNamePools() {
  static constexpr NamePools kPools{kFemaleNames, kFemaleWeights, kMaleNames,   kMaleWeights,
                                    kLastNames,   kLastWeights,   kDomainNames, kDomainWeights};
  return kPools;
}

}  // namespace ecomgen::pools_detail
