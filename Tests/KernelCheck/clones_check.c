// Runs random dyadic layers through one build of the C kernels and prints a checksum of the output bits.
// KernelCloneTests builds it for AVX-512, AVX2 and plain x86-64 (and with the clones) and compares:
// every version must give the same bits, since exact sums do not depend on fused multiply-adds.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "conv_kernels.h"
int main(void){
  unsigned s=7; unsigned long long h=1469598103934665603ULL;
  for (int trial=0; trial<200; trial++){
    s=s*1664525u+1013904223u; long C=1+s%70; s=s*1664525u+1013904223u; long k=1+s%5;
    s=s*1664525u+1013904223u; long L=k+5+s%60; s=s*1664525u+1013904223u; long width=(long[]){32,48,64}[s%3];
    s=s*1664525u+1013904223u; long fValid=1+s%width; long n=L-k+1;
    float*x=malloc(L*C*4),*w=malloc(k*C*width*4),*o=calloc(n*width,4),*xT=calloc(C*(L+64),4),*o2=calloc(n*4,4); float b[64];
    for(long i=0;i<L*C;i++){s=s*1664525u+1013904223u;x[i]=((int)(s>>24)-128)/64.0f;}
    for(long i=0;i<k*C*width;i++){s=s*1664525u+1013904223u;w[i]=((int)(s>>24)-128)/128.0f;}
    for(int i=0;i<64;i++){s=s*1664525u+1013904223u;b[i]=((int)(s>>24)-128)/256.0f;}
    convviz_conv1d_tile(x,C,C,k,1,1,w,width,n,o,width,fValid,b,trial&1);
    convviz_transpose(x,C,L,C,xT,L+64);
    float w4[4096]; for(long r=0;r<k*C && r<1024;r++) for(int f=0;f<4;f++) w4[r*4+f]=w[r*width+f];
    if (k*C<=1024) convviz_conv1d_narrow(xT,L+64,C,k,1,w4,n,o2,4,4,b,trial&1);
    for(long i=0;i<n*width;i++){unsigned u; memcpy(&u,&o[i],4); h=(h^u)*1099511628211ULL;}
    for(long i=0;i<n*4;i++){unsigned u; memcpy(&u,&o2[i],4); h=(h^u)*1099511628211ULL;}
    free(x);free(w);free(o);free(xT);free(o2);
  }
  printf("%016llx\n", h);
}
