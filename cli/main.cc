// kiji: text mining for Japanese news. All behaviour lives in app.cc.
#include <iostream>

#include "app.h"

int main(int argc, char** argv) {
  return kiji::cli::Main(argc, argv, std::cin, std::cout, std::cerr);
}
