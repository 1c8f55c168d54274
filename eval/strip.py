import re,sys
def strip(t):
    t=re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', t)
    t=t.replace('*','').replace('_','')
    return t
def norm(t): return re.sub(r'\s+',' ',t).strip()
if __name__=='__main__':
    print(strip(open(sys.argv[1]).read()))
