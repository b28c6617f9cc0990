/* Prints the C library wcwidth() of every code point as runs "START END WIDTH" (hex, hex, int).
   Used by generate.py to build TerminalKit's width table; run on Debian 12 (glibc 2.36). */
#define _XOPEN_SOURCE 700
#include <wchar.h>
#include <locale.h>
#include <stdio.h>
int main(int argc,char**argv){
  if(!setlocale(LC_ALL, argc>1?argv[1]:"C.UTF-8")){fprintf(stderr,"no locale\n");return 1;}
  int prev=-99; unsigned start=0;
  for(unsigned c=0;c<=0x110000;c++){
    int w = c==0x110000 ? -99 : ((c>=0xD800&&c<=0xDFFF)? -2 : wcwidth((wchar_t)c));
    if(w!=prev){ if(c>0) printf("%X %X %d\n",start,c-1,prev); start=c; prev=w; }
  }
  return 0;
}
