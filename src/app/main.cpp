#include <cstdio>
int main() { std::puts("carecrowd: under construction"); return 0; }
