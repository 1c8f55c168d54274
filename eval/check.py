import json,re,sys
from strip import strip,norm
g=json.load(open(sys.argv[1])); body_start,body_end=sys.argv[2],sys.argv[3]
raw=open('/work/shared/'+g['doc']).read()
doc=norm(strip(raw))
bad=0
for s in g['sentences']:
    t=norm(s['text'])
    if t not in doc: print('SENT MISSING:',t); bad+=1
    assert s['primary'] in s['acceptable'] and set(s['acceptable'])<= {'geopolitical','military','economic','none'}
    assert s['primary']=='none' or s['primary'] in s['labels'], s
for f in g['figures']:
    n=doc.count(f['text'])
    if n==0: print('FIG MISSING:',f['text']); bad+=1
    # occurrences in body
    i=doc.find(body_start); j=doc.find(body_end)
    nb=doc[i:j].count(f['text'])
    print('fig',repr(f['text']),'doc',n,'body',nb, 'first-in-body' if doc.find(f['text'])>=i else 'FIRST OCCURS BEFORE BODY')
for e in g['entities']:
    for m in e['mentions']:
        if m not in doc: print('MENTION MISSING:',m); bad+=1
lines=[l.strip().lstrip("#").strip() for l in strip(raw).splitlines()]
for h in g['sections']:
    if h not in lines: print('SECTION MISSING:',h); bad+=1
# coverage: remove sentences from body
i=doc.find(body_start); j=doc.find(body_end); body=doc[i:j]
for s in g['sentences']: body=body.replace(norm(s['text']),' ¶ ')
print('REMAINDER:',norm(body))
print('bad',bad)
