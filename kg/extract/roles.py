"""Reading the roles of each incident trigger in a sentence: who acts, who is hit, who talks,
who mediates; denials, accusations, conditionals and negations; speakers and their threats."""
from __future__ import annotations

import re

from kg.extract.clauses import (
    AGENT_WINDOW_WORDS, ARTICLE, CLAUSE_BREAK, ENUMERATION, FUTURE_AFTER, JOINT, LAUNCHED_FROM, NAMED_YEAR, OWN_MEN, PRONOUN_SUBJECT, RELATIVE_BEFORE, TIMED_FROM, Actor, Trigger,
    act_is_subject_of, after_marker, clause_after, clause_before, enumerated, names_place_of, sentence_part, words,
)
from kg.extract.lexicon import Lexicon, WordList
from kg.extract.model import Incident

PARTY_TYPES = ("Talks", "Agreement")
# `بإيران`, `للحزب`, `من اليمن`: a name governed by a preposition is not the verb's subject
_PREPOSITION_ATTACHED = re.compile(r"(?:^|\s)(?:[وف]?[بلك]|(?:من|الي|عن|مع)\s+)$")
# a clause of its own opening: `فيما`, `بينما`, `while`
_WHILE_AR = r"فيما|بينما|في\s+حين"
_WHILE_CLAUSE = re.compile(rf"(?<!\w)(?:{_WHILE_AR}|وسط|while|whereas)(?!\w)")
_WHILE_RIGHT_BEFORE = re.compile(rf"(?<!\w)(?:{_WHILE_AR})\s+$")
# a short phrase set before a clause: `في المقابل،`, `In Yemen,`
_LEADING_PHRASE = re.compile(r"\s*(?:[^\s،,.]+\s+){0,2}[^\s،,.]+\s*[،,]\s*")
# `claimed responsibility on Friday for`: the act claimed follows `for`
_CLAIMED_FOR = re.compile(r"\b(?:responsibility|credit)\b(?:\s+\S+){0,3}?\s+for\b")
# `نفّذ الجيش ما وصفها بـ`: a doing verb before `ما` and a label, the act done in its doer's words
_WHAT_IT_CALLED = re.compile(r"(?<!\w)[وف]?(?:نفذ|نفذت|شن|شنت|اجري|اجرت|اطلق|اطلقت)\s+(?:\S+\s+){0,5}?ما\s+$")
_CLAUSE_VERB_AFTER = re.compile(r"\s+(?:\w+ed|said|says|has|have|had|is|are|was|were|will|would|struck|hit|fired|launched|began|sent)\b")
# between a subject and its verb: nothing, an apposition or relative clause in commas, an auxiliary
_SUBJECT_GAP = re.compile(r"\s*\)?\s*(?:,[^,.;]*,\s*)?(?:(?:has|have|had|also|later|quickly|(?:late\s+|early\s+)?on\s+\w+day|yesterday|today)\s+)*")  # (`the PKK), which ..., claimed`)
_AND_VERBED = re.compile(r"(?:\band\s+(?:then\s+)?|,\s*then\s+)(?:restored|reimposed|imposed|slapped|launched|carried out|conducted|stepped up)\s+(?:[\w-]+\s+){0,2}$")
_MEANS_WORD = re.compile(r"\b(?:with|by)\s+(?:[\w-]+\s+){0,2}$")
_RELATIVE_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:التي|الذي|which|that)\s+(?:the\s+)?")
_MODIFIERS = r"\s*(?:(?:drone|missile|air|rocket|military|ground|naval)\s+)?"
# `Israel's strikes`, `Hamas' Oct. 7, 2023 attack`: a possessive, maybe a date, then the act
# (`the group's largest attack yet`: an adjective of rank between)
_POSSESSIVE = re.compile(r"'s?\s*(?:[a-z]{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?,?\s+)?"
                         r"(?:(?:largest|biggest|deadliest|heaviest|worst|latest|first|second|third|new|recent|previous|last|most\s+\w+)\s+)?"
                         + _MODIFIERS[3:])
# `the attack`: a definite noun refers back to an act; the actor before it is not its author
# `vowed revenge, a day after a strike`: what follows `after` is no threat's content but its cause
_AFTER_ANOTHER = re.compile(r"\b(?:after|following|since)\b|(?<!\w)(?:غداه|بعد|اثر|عقب|منذ)(?!\w)")
# what an act answers or avenges (`in retaliation for`, `saying it was avenging X`, `ردا على`): its cause
_CAUSE = (r"(?:\b(?:(?:in|latest|a|an|the|[\w.]+'s?)\s+(?:[\w.]+\s+)?(?:retaliation|response|revenge|reprisal|answer|reply)\s+(?:for|to)"
          r"|retaliating\s+for|(?:retaliation|reprisals?|revenge)\s+for|to\s+avenge|avenging|citing)|(?<!\w)(?:ردا\s+علي|رد\s+علي|انتقاما\s+ل|ثارا\s+ل))")
RESPONSE_TO = re.compile(_CAUSE + r"\s+(?P<answered>(?:[\w'.-]+\s+){0,4})$")  # (`a Jan. 28 drone attack`)
_CAUSE_WORDS = re.compile(_CAUSE + r"(?!\w)")
# `talks between X and Y`, `الحوار بين بغداد وواشنطن` (a few words may stand between: `of the dialogue`)
_MEDIATOR_BETWEEN = re.compile(r"\b(?:mediators?|mediating|mediated|go-between)\s+(?:\S+\s+){0,2}?between\s+(?:the\s+)?(?:\S+(?:\s+and|,)\s+)*$"
                               r"|(?<!\w)(?:ال)?(?:وسيط|وسطاء|وساطه|وسيطا)\s+(?:\S+\s+){0,2}?بين\s+(?:\S+\s+و?)*$")
_BETWEEN_WORD = re.compile(r"(?:\bbetween|(?<!\w)بين)\s+")
_BETWEEN = re.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:between|بين)\s+")
# `Ismail Haniyeh, the head of Hamas' political bureau, was killed`: an apposition between a subject and its passive verb
_APPOSITION = r",\s*(?:the|a|an)\s[^,;.]{1,80},\s*"
_APPOSED_PHRASE = re.compile(_APPOSITION)
_APPOSITION_BEFORE = re.compile(_APPOSITION + r"(?:was|were|had been|has been|have been)\s+$")
_COMMA = re.compile(r"[,،]")
_OTHER_PARTICIPLE_BY = re.compile(r"\b(?:used|run|operated|backed|controlled|held|supported|funded|armed|owned|led|allied|occupied"
                                  r"|condemned|denounced|criticised|criticized|welcomed|praised|blamed|denied)\s+(?:even\s+|also\s+)?by\b")
_AND_NOW = re.compile(r"\band\s+(?:[\w.'’-]+\s+){0,4}$")
_SAYS_AFTER = re.compile(r"\s+(?:has\s+|had\s+|also\s+)?(?:said|says|told|warned|announced|added|vowed|stated)\b")
_NEXT_VERB = re.compile(r"\band\s+(?:then\s+)?(?:prompted|forced|led|pushed|drew|sparked|triggered|urged|called|said|told)\b")
_SNAPBACK = re.compile(r"\bsnap\s?back|(?<!\w)(?:الية الزناد|العوده السريعه|اليه الزناد)")
_SET_OFF = re.compile(r"\b(?:triggered|invoked|activated|set off)\b|(?<!\w)[وف]?(?:فعلت|فعلتها|فعلها|فعلوا|فعلته|ب?تفعيل)(?!\w)")
_GOVERNED_WORD = re.compile(r"[وف]?(?:لل|بال|كال)")  # `مكتباً للحركة`: a name read with its preposition
# undotted قتل is active or passive; followed at once by a title it is `was killed` (the active verb takes its killer first)
_KILLED_TITLED = re.compile(r"(?<!\w)[وف]?(?:قتل|قتلت|مقتل)\s+")
# `قُتل خمسة مستشارين من الحرس الثوري`: a count right after قتل makes it the passive (the active has its subject first)
_KILLED_COUNT = re.compile(r"(?<!\w)[وف]?(?:قتل|قتلت)\s+(?:\d+|عشرات|عده|عدد\s+من|اثنان|اثنين|ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه|تسعه|عشره"
                           r"|\S+ان\s+(?:من|في)\s)")
_IMPOSED_BEFORE = re.compile(r"(?<!\w)[وف]?(?P<verb>فرض|فرضت|تفرض|يفرض)\s+(?:\S+\s+){1,8}$")
RELATIVE_ASIDE = re.compile(r"[,،]\s*(?:which|who|الذي|التي)\b[^,،;.]*[,،]")
_LABELLED = re.compile(r"(?:\b(?:called|calling|described|describing|denounced|branded|branding)\s+(?:it|the\s+\w+|them)\s+(?:as\s+)?[«\"“]?an?"
                       r"|(?<!\w)[وف]?(?:وصف|وصفت|واصفا|واصفه|اعتبر|اعتبرت|معتبرا|معتبره)\w*\s+(?:\S+\s+){0,3}?(?:بانه|بانها|ب))"
                       r"\s*[«\"“]?\s*(?:[\w-]+\s+){0,1}$"
                       # `واعتبر السوداني أن ما جرى «عدوان واضح»`: a quoted name after what was judged
                       r"|(?<!\w)[وف]?(?:اعتبر|اعتبرت|معتبرا|معتبره|عد|عدت|وصف|وصفت)\s+(?:\S+\s+){0,6}?(?:ان|انه|انها)\s+(?:ما\s+(?:جري|حدث)\s+)?[«\"“]\s*$")
_ALONG_WITH = re.compile(r"(?:\balong with|\btogether with|\balongside|(?<!\w)(?:الي|إلى) جانب)\s+(?:the\s+)?$")
# threats whose subject is the one threatened (`Israel will pay the price`, `ستتلقى ضربة`)
_SUFFERED_THREAT = re.compile(r"\b(?:pay|price|cut off|face|met|suffer|receive|be hit|be disarmed|be razed|be safe|next target|treated as)|(?<!\w)[وف]?س[تي](?:تلقي|دفع|واجه|قابل)")
_KANA_SUBJECT = re.compile(r"(?<!\w)[وف]?(?:كان|كانت|كانوا)\s+(?:\S+\s+){1,4}$")
_PAST_PERFECT = re.compile(r"(?<!\w)[وف]?(?:كان|كانت|كانوا)\s+(?:\S+\s+){1,4}قد\s+$")  # `وكان ترمب قد`
# (with an aside: `وكان حزب الله، المدعوم من إيران، قد فتح`)
# (and what the verb after قد announced or did again: `وكانت واشنطن قد أعلنت، الأربعاء، إدراج`, `قد أعادت في مارس تصنيف`)
_PAST_PERFECT_LONG = re.compile(r"(?<!\w)[وف]?(?:كان|كانت|كانوا)\s+(?:\S+\s+){1,9}?قد\s+"
                                r"(?:(?:اعلن|اعلنت|اعاد|اعادت|قرر|قررت)\s*(?:[،,][^،,.]{0,30}[،,]\s*|(?:\S+\s+){0,3}))?$")
# (`lifted sanctions`, `Washington dismantles its sanctions`, `رفعت واشنطن معظم عقوباتها`: the subject may stand between)
_LIFTED_BEFORE = re.compile(r"\b(?:lift|lifts|lifted|lifting|ease|eases|eased|easing|waive|waives|waived|waiving|remove|removed|removing|relief from"
                            r"|dismantl\w*|scrap\w*|revok\w*|end(?:s|ed|ing)?)"
                            r"\s+(?:of\s+)?(?:[\w.-]+\s+){0,3}$|(?<!\w)[وب]?(?:رفع|رفعت|ترفع|يرفع|سترفع|سيرفع|تخفيف|خففت|الغاء|الغت|برفع|لرفع|بوقف|وقف)\s+(?:\S+\s+){0,5}$")
_AGREED_TO = re.compile(r"agreed\s+to\s+(?!a\b|an\b|the\b|terms\b|its\b|their\b)[a-z]+")
_PARTICIPLE_BY = re.compile(r"\b[a-z]+(?:ed|en)\s+by\s+")
_WAR_WITH = re.compile(r"\b(?:its|their|his)\s+(?:own\s+)?war\s+(?:with|against)\s+|(?<!\w)(?:حربه|حربها|حربهم)\s+(?:مع|ضد)\s+")
_BEFORE_CALLED_OFF = re.compile(r"\bbefore\s+(?:it|they)\s+(?:was|were)\s+(?:cancelled|canceled|called off|postponed|scrapped)\b"
                                r"|(?<!\w)قبل\s+ان\s+(?:تلغي|يلغي|تؤجل|يؤجل|ترجا|يرجا)(?!\w)")
_PASSIVE_GAP = re.compile(r"\s*(?:(?:was|were|has been|have been|had been|is|are|been)\s+)?")
_ABOUT_ADJECTIVE = re.compile(r"-(?:related|linked|bound|based|flagged|owned|focused)\b")
_NO_OBJECT = re.compile(r"\s+no\b")
_OWN_FORCES = re.compile(rf"(?<!\w){OWN_MEN}\s+$")
# `أعلنت الوزارة أن وحداتها نفذت عمليات دهم`: the speaker's men carried out the act named after
_OWN_FORCES_DID = re.compile(rf"(?<!\w){OWN_MEN}\s+(?:قد\s+)?(?:نفذت|نفذوا|شنت|شنوا)\s+$")
# (and a list of them: `Pakistan's military said jets, drones and rockets struck`)
_UNNAMED_FORCES_EN = re.compile(r"\b(?:said|says|added)\s+(?:\w+\s+)?(?:that\s+)?(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+)?(?:bombers|jets|warplanes|aircraft|fighter\s+jets|forces|troops|warships|drones"
                                r"|fighters|militants|gunmen|units)(?:\s*,\s*[\w-]+)*(?:,?\s+and\s+[\w-]+)?\s+(?:had\s+|have\s+|also\s+)?$")
_NOT_HELD_AFTER = re.compile(r"[^.;]{0,120}?(?:(?<!\w)(?:لن|لم)\s+(?:تعقد|يعقد|تنعقد|ينعقد)(?!\w)"
                             r"|\b(?:will|would)\s+not\s+(?:take\s+place|be\s+held|go\s+ahead)|\bwon't\s+(?:take\s+place|be\s+held|go\s+ahead))")
_CONDEMNING_BEFORE = re.compile(r"\b(?:condemn\w*|denounc\w*|decr(?:y|ied|ying))\s+(?:the\s+|these\s+|those\s+)?$"
                                r"|(?<!\w)(?:ال)?(?:تنديد|ندد|نددت|دان|دانت|ادان|ادانت|ادانه|استنكر|استنكرت)\s*(?:ب\S*\s*)?[«\"]?\s*$")
_WITH_BEFORE = re.compile(r"\bwith\s+(?:new\s+|fresh\s+|further\s+)?$|(?<!\w)ب\S*\s*$")
_DONE_BY_IT = re.compile(r"\s+(?:نفذته|نفذتها|نفذها|شنته|شنتها|شنها)(?!\w)")
_SAID_IT_DID = re.compile(r"\b(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:carried\s+out|conducted|launched|executed)\s+(?:the\s+|a\s+|an\s+)?$"
                          r"|(?<!\w)(?:ب)?(?:انها|انه|انهم|انهما)\s+(?:قد\s+)?(?:نفذت|نفذ|نفذوا|شنت|شن|شنوا)\s+$")
_OWN_ACTS = re.compile(r"ات(?:ه|ها|هم|هما)$")  # `غاراته`, `ضرباتها`: a plural act with a possessive pronoun
_PLACE_IN_BEFORE = re.compile(r"\b(?:in|inside|near)\s+(?:the\s+)?$|(?<!\w)(?:في|داخل|قرب)\s+(?:ال)?$")
_CONSEQUENCE_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:will|would)\s+(?:not\s+)?(?:complicate|undermine|jeopardi[sz]e|derail|harm|hurt|"
                                r"affect|delay|disrupt|endanger|worsen|deepen|fuel|trigger|lead|turn|spark|threaten)\b")
_AS_CLAUSE = re.compile(r"\b(?:come|comes|came|coming)\s+(?:\w+\s+)?(?:as|while|amid)\b")
_SAID_HE_BEFORE = re.compile(r"\b(?:said|says|told reporters)\s+(?:that\s+)?(?=(?:he|she)\s+(?:had\s+|has\s+|would\s+have\s+)?$)")
_THEN_BEFORE = re.compile(r"(?<!\w)(?:ثم|و)\s*$")
_LED = re.compile(r"-led\s+(?:[\w-]+\s+){0,2}?")
# (and a part of a country: `ضربات جنوبي سوريا`, strikes in southern Syria: where, not whose)
_FACILITY_BEFORE = re.compile(r"(?<!\w)(?:مطار|ميناء|مرفا|مقر|مقار|منشاه|منشات|قاعده|قواعد|مواقع|موقع|مخيم|مبني|محطه|مصفاه|سفاره|قنصليه"
                              r"|جنوب|جنوبي|شمال|شمالي|شرق|شرقي|غرب|غربي|وسط|اقصي)\s+(?:ال)?$")
_NOT_COVERED_BEFORE = re.compile(r"\b(?:not|never)\s+(?:extend|apply|cover|include)s?\s+(?:to\s+)?(?:the\s+)?$"
                                 r"|(?<!\w)(?:لا|لن|لم|دون\s+ان)\s+(?:يشمل|تشمل|ينطبق\s+علي|تنطبق\s+علي|يسري\s+علي|تسري\s+علي)\s+(?:\S+\s+علي\s+)?(?:ال)?$")
_LEFT_OUT = re.compile(r"(?<!\w)(?:لا|لن|لم|دون\s+ان|بدون\s+ان)\s+(?:يشمل|تشمل|يتضمن|تتضمن)(?!\w)|\b(?:not|without)\s+(?:covering|cover|covers|including|include)\b")
_CALL_INSET_BEFORE = re.compile(r"[,،]\s*(?:خلال|في|during|in|on)\s+(?:an?\s+)?$")
_ASSASSINATED = re.compile(r"و?اغتيل(?:ت)?")
_BY_STRIKE = re.compile(r"\s+(?:\S+\s+){0,2}?ب(?:غاره|ضربه|هجوم|قصف|صاروخ)\S*\s+")
_WEAPON_BEFORE = re.compile(r"(?<!\w)(?:صاروخ\w*|صواريخ|قذيف\w*|قذائف|مسير\w*)(?:\s+\w+(?:ي|يه|يا|ه))?\s+$")  # (`صاروخ باليستي أُطلق`)
_FROM_ONLY = re.compile(r"\s+من\s+(?:ال)?|\s+from\s+(?:the\s+)?")
_WEAPONS_EN = r"\b(?:missiles?|rockets?|drones?|projectiles?|shells?|mortars?|mortar\s+rounds)"
_WEAPON_SUBJECT = re.compile(rf"{_WEAPONS_EN}\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+$")
_WEAPON_BEFORE_EN = re.compile(rf"{_WEAPONS_EN}\s+$")
_REPLIED_WITH = re.compile(r"\b(?:responded|retaliated|answered|replied|hit back)\s+(?:[\w-]+\s+){0,3}?with\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
_COMPLEMENT_AFTER = re.compile(r"\s*(?:بان|بانه|بانها|من\s+ان|ان)\s")
_BY_MEANS = re.compile(r"(?<!\w)[وف]?ب(?:قنابل|صواريخ|صاروخ|غارات|غاره|ضربات|ضربه|مسيرات|مسيره|طائرات|طائره|قذائف|مقاتلات)\s*$")
_RELATIVE_RIGHT_BEFORE = re.compile(r"(?<!\w)(?:التي|الذي|اللذين|اللتين|الذين|اللذان|اللتان)\s+$")
_RESUMPTIVE_AFTER = re.compile(r"\s+(?:في|ب|علي|من|عن|ل)(?:ه|ها|هم)(?!\w)")
_OBJECT_SUFFIX = re.compile(r"(?:ه|ها|هم|هما)$")  # (`التي شنتها إسرائيل`: the relative is the object, the name after the subject)
LINKED_TO = re.compile(r"\b(?:linked|tied|owned|operated)\s+(?:to|by)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?$"
                        r"|(?<!\w)(?:ال)?(?:مرتبطه|مملوكه|مرتبط|مملوك)\s+(?:ب|ل)(?:\S+\s+){0,2}?$")
_BY_GUNFIRE = re.compile(r"[وف]?ب(?:رصاص|نيران)")
_ADDRESSED = re.compile(r"\b(?:issued|sent|delivered|gave)\b|(?<!\w)[وف]?(?:وجه|وجهت|يوجه|توجه|وجها|وجهوا)(?!\w)")
_AUXILIARIES_BEFORE = re.compile(r"\s*(?:(?:has|had|have|also|قد|وقد|كان|كانت)\s+)*")
_PRONOUN_COMPLEMENT = re.compile(r"(?<!\w)[بل]?[اإ]ن(?:ه|ها|هم)\s+$")
_AUXILIARY_ONLY = re.compile(r"\s*(?:(?:قد|لقد|had|has|have|also|وقد)\s+)?")
_NOR_CONFIRMED = re.compile(r"\b(?:neither\s+confirmed\s+nor|not\s+(?:confirmed|acknowledged)\s+or|confirm(?:ed)?\s+or)\s+$"
                            r"|(?<!\w)(?:لم\s+(?:تؤكد|يؤكد)\s+(?:او|ولم)|دون\s+ان\s+(?:تؤكد|يؤكد)\s+او)\s+$")
_REDUCED_RELATIVE_VERB = re.compile(r"\s+(?:has\s+|had\s+|have\s+)?(?:acknowledged|admitted|blamed|claimed|denied|condemned|attributed|said|says|called|described|carried\s+out|launched)\b")
_OPERATION_NOUN = re.compile(r"(?:[وف]?ب?)?(?:استهداف\w*|اغراق|اطلاق|قصف)")
_ANNOUNCE_VERB = re.compile(r"(?<!\w)[وف]?(?:اعلن|اعلنت|تعلن|يعلن|اعلنوا)(?!\w)")
# what may stand before an Arabic subject set before its verb: the clause's start, و/ف, كان, إن and the like
_CLAUSE_OPENING_AR = re.compile(r"(?:^|[.،,:؛«\"(]|(?<!\w)[وف]|(?<!\w)(?:[وف]?كان|[وف]?كانت|ان|لكن|فيما|بينما|حيث|كما|اذ)\s)\s*$")
_PLACE_PREPOSITION = re.compile(r"(?<!\w)(?:في|من|الي|علي)\s+$")
_AFTER_GERUND = re.compile(r"\b(?:after|before|while|since|by)\s+(?:launching|carrying\s+out|conducting|mounting|staging|firing|unleashing)\s+(?:[\w-]+\s+){0,2}$")
_FROM_RIGHT_BEFORE = re.compile(r"(?:\bfrom|(?<!\w)من)\s+(?:the\s+|ال)?$")  # where something came or was done from
_CALL_NOUN = re.compile(r"(?:[وف]?ب?)?(?:اتصال\w*\s+هاتفي\w*|مكالمه\s+هاتفيه)|(?:a\s+)?(?:phone|telephone)\s+call")
_MADE_BY_HIM = re.compile(r"\s+(?:اجراه|اجرته|اجراها)(?!\w)")
_MEANS_OF_CALL = re.compile(r"(?:(?<!\w)(?:في|خلال|عبر)|\b(?:in|during|by|over))\s+(?:a\s+)?$")
# (`على هامش زيارة رسمية أجراها الشرع إلى أذربيجان التقى خلالها علييف`: the visit's noun, then who made it)
_VISITED = re.compile(r"\b(?:visited|arrived\s+in)\b|(?<!\w)[وف]?(?:زار|زارت|وصل|وصلت)(?!\w)"
                      r"|(?<!\w)(?:ال)?زياره(?:\s+\S+){0,2}?\s+(?:اجراها|يجريها|قام\s+بها|يقوم\s+بها)(?!\w)"
                      # (`زيارة غير مسبوقة لوزير خارجية طالبان ...، التقى خلالها نظيره الهندي`: the visitor after ل)
                      r"|(?<!\w)[وف]?(?:ال)?زياره(?:\s+(?!ل)\S+){0,2}?\s+(?=ل)")
_WHICH_DENIED = re.compile(r"\s*[,،]\s*(?:(?:both|all|each)\s+of\s+(?:which|whom)|which|who)\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?")
_INVOLVEMENT = re.compile(r"\s+(?:\w+\s+){0,2}?(?:involvement|role|responsibility|links?|part)\b")
# (`غارة ... نسبها المرصد السوري إلى سلاح الجو الأردني`: who attributes it between)
_ATTRIBUTED_TO = re.compile(r"\b(?:attributed|blamed)\s+on\b|\bblam(?:e[sd]?|ing)\s+(?:[\w'.-]+\s+){1,4}?on\b|\battributed\s+to\b"
                            r"|(?<!\w)(?:المنسوبه|منسوبه|المنسوب|منسوب|نسبت|نسب)\s+(?:الي|ل)"
                            r"|(?<!\w)(?:نسبها|نسبه|نسبتها|نسبته)\s+(?:[^\s،.]+\s+){1,6}?(?:الي|ل)(?:\s|(?=ال))")
# `غارة يرجح أنها أردنية`, `a strike believed to be Israeli`: the side the act is believed to be (its nisba)
# (and what a side said the raids were: `لسلسلة غارات قالت «المسيرة» إنها «أميركية»`)
_BELIEVED_TO_BE = re.compile(r"\b(?:believed|thought|suspected)\s+to\s+be\s|(?<!\w)(?:يرجح|يعتقد|يشتبه|رجح)\s+(?:انها|انه)\s"
                             r"|(?<!\w)(?:قال|قالت|وصفها|وصفتها)\s+(?:\S+\s+){1,3}?(?:انها|بانها)\s+[«\"“]?\s*")
_OPENING_IN = re.compile(r"\W*(?:و?في|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}", re.IGNORECASE)  # (`وفي جنوب`, `In southern`)
_DESPITE = re.compile(r"\b(?:despite|in spite of|notwithstanding)\b|(?<!\w)(?:رغم|برغم|بالرغم)(?!\w)")
_CARGO = re.compile(r"\b(?:carrying|bound for|heading (?:to|for)|headed (?:to|for)|loaded with|en route to)\b"
                    r"|(?<!\w)(?:ال)?(?:محمله|متجهه|قادمه|المتجهه)(?!\w)")
_MEDIATORS_AFTER = re.compile(r"\s+(?:mediators|mediator|brokers)\b")
_MEDIATOR_WORDS = re.compile(r"\b(?:mediators|mediator|brokers|along with|together with|alongside)\b|(?<!\w)(?:الي|إلى) جانب")
_HEAD_AND = re.compile(r"\s+(?:delegation|delegations|team|officials|negotiators|government|side)\s*,?\s+and\s+(?:the\s+|an?\s+)?")
_BELONGING_WORD = r"(?:ال)?تابع(?:ه|ون|ين)?"  # `قوات تابعة لـ`: forces belonging to
_BELONGING = re.compile(r"(?<!\w)" + _BELONGING_WORD + r"(?!\w)")
_TARGETING = re.compile(r"[وف]?[يت]?(?:استهدف|ستهدف)|target")  # `targeted`, `استهدفت`, `تستهدف`
# `, the Qassam Brigades, `; `, for its part, `, `, in turn, `: an aside between a subject and its verb
_APPOSED = re.compile(r",\s*(?:(?:the|an?|its|their|part\s+of|a\s+member\s+of|one\s+of)\s[^,;.]{1,60}|for\s+(?:its|their|his|her)\s+part|in\s+turn|in\s+response|meanwhile|however|too),"
                      r"\s*(?:(?:has|have|had|also|then)\s+)*$")
# `قتل مسلح فلسطيني جنديين إسرائيليين`, `أسفر عن مقتل ثلاثة جنود أميركيين`: the side of the soldiers killed
_KILLED_PEOPLE = re.compile(r"(?<!\w)[وف]?(?:قتل|قتلت|قتلوا|اصاب|اصابت|اصابوا|مقتل|اصابه)\s+(?:\S+\s+){0,3}?"
                            r"(?:جندي|جنديا|جنديين|جنديان|جنود|ضابط|ضابطا|ضباط|عنصر|عنصرا|عنصرين|عناصر|مستوطن|مستوطنا|مستوطنين)"
                            r"\s+(?:ال)?$")
_KILLED_SOME_OF = re.compile(r"(?<!\w)[وف]?(?:مقتل|اصابه)\s+(?:\S+\s+){0,2}?من\s+(?:(?:عناصر|مقاتلي|جنود|افراد|قوات|ابناء)\s+)?[«\"“]?\s*(?:ال)?$")
# `هاجم عناصر من حزب العمال`: members of a group act for it
_MEMBERS_OF = re.compile(r"(?<!\w)(?:(?:عناصر|عنصر|عنصران|مسلحان|مسلحون|مسلحين|مقاتلون|مقاتلين|مقاتلان|اعضاء)\s+من"
                         r"|" + _BELONGING_WORD + r"\s+ل)\s*$")  # (`قوات خاصة تابعة لبحرية الحرس الثوري`)
_ANNOUNCEMENT = re.compile(r"(?<!\w)[وبل]?اعلان\s+|\bannouncement\s+by\s+(?:the\s+)?")
_OPENER = re.compile(r"\W*(?:[^\s,،.;]+\s+){0,3}[^\s,،.;]+\s*[,،]\s*")  # a short phrase set before the clause
# `any renewed attack by Israel would be met with`, `أي اعتداء`: an act named as a condition, not told
_ANY_BEFORE = re.compile(r"(?:\bany|\bthe slightest|(?<!\w)اي|(?<!\w)ادني)\s+(?:[\w-]+\s+){0,2}$")
# `اتفاق لوقف الهجمات`, `a deal to halt attacks`, `an end to the strikes`: attacks to be stopped, not told
_TO_STOP = re.compile(r"(?:\bto\s+(?:stop|halt|end|cease|rein\s+in|curb|prevent)|\ban?\s+end\s+to|\bhalt\s+to|(?<!\w)[وفبل]?(?:وقف|ايقاف)(?!\w))"
                      r"\s+(?:the\s+|all\s+)?(?:\S+\s+)?$")
_BLAMED_FOR = re.compile(r"\bblam\w*\s+(?:[\w'-]+\s+){0,4}?for\s+(?:the\s+)?(?:[\w.,]+\s+){0,3}$")
_INCLUDING = re.compile(r"\s*(?:including|among them|among which|led by|chief among them|و?من\s+بينها|و?من\s+بينهم|بما\s+فيها"
                        r"|في\s+مقدمتها|في\s+مقدمتهم|علي\s+راسها|علي\s+راسهم)\s")
_LISTED_ASIDE = re.compile(r"[,،]" + _INCLUDING.pattern + r"[^,،;.]{1,80}[,،]\s*$")
_LEADING_PLACE = re.compile(r"(?:^|[.;:]\s*)\W*(?:in|at|from|and in|[وف]?في)\s+$")
_IN_PLACE = re.compile(r"\b(?:in|at|near|inside)\s+(?:the\s+)?(?:(?:north|south|east|west|centre|center|outskirts)\w*\s+(?:of\s+)?)?$"
                       r"|(?<!\w)(?:في|قرب|داخل|بالقرب\s+من)\s+(?:(?:شمال|جنوب|شرق|غرب|وسط|ضواحي|محيط)(?:ي|ه)?\s+)?$")
RESPONDED = re.compile(r"(?<!\w)(?:[وفل]{0,2}[تي]?ردت?|responded|retaliated|answered|hit back)\s+")
_LATTER = re.compile(r"(?:الاخيره|الاخير|the latter)(?!\w)")
_ON_BEHALF_BEFORE = re.compile(r"(?:\bon\s+behalf\s+of|(?<!\w)(?:نيابه\s+عن|بالنيابه\s+عن))\s+(?:the\s+)?$")
_AGAINST_BEFORE = re.compile(r"(?:\bagainst|(?<!\w)ضد)\s+(?:the\s+)?[«\"“]?$")
_ON_BEHALF_AFTER = re.compile(r"'s?\s+behalf\b")
# `an Omani-brokered truce`, `Qatari-mediated talks`: the name before the hyphen mediates
# (`U.S.- and French-brokered`: the first of two brokers too)
_BROKERED_AFTER = re.compile(r"-(?:brokered|mediated|sponsored|hosted)\b|-?\s+and\s+[\w.]+-(?:brokered|mediated|sponsored)\b")
_MEDIATION_AFTER = re.compile(r"(?:\s+and\s+[\w.-]+)?\s+(?:mediation|mediators?)\b")  # `through U.S. mediation`, `Egyptian and Qatari mediators`
_BROKERED_WITH = re.compile(r"(?<![-\w])(?:brokered|mediated)\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+)?(?:ceasefire|truce|deal|agreement|accord)\s+with\s+"
                            r"(?:(?:the\s+)?[\w.'-]+(?:\s+[\w.'-]+)?\s*(?:,|\band\b)\s*)*(?:the\s+)?$")
# `نجاح الوساطة التي قادتها مع مصر والولايات المتحدة`, `the mediation it led with Egypt and the US`
_MEDIATION_LED_WITH = re.compile(r"(?:\bmediation|(?<!\w)(?:ال)?وساطه)\s+(?:(?:that|which|التي)\s+)?(?:\S+\s+){1,2}?(?:with|alongside|مع)\s+"
                                 r"(?:(?:the\s+)?[\w.'-]+\s*(?:,|،|\band\b|و)\s*)*(?:the\s+)?$")
_SUBJECT_TO_SANCTIONS = re.compile(r"\s*,?\s*(?:which\s+|that\s+)?(?:is|are|was|were|remains?|has\s+been|have\s+been)\s+(?:still\s+)?(?:under|subject\s+to)\s+(?:[\w.-]+\s+){0,2}")
_SUBJECTED_ARABIC = re.compile(r"(?<!\w)[وف]?(?:تخضع|يخضع|تخضعان|يخضعون|الخاضعه\s+ل?|الخاضع\s+ل?)\s+")
_OVER_BEFORE = re.compile(r"\b(?:over|for|after)\s+(?:the|its|their|last|this)?\s*(?:[\w'-]+\s+){0,2}$"
                          r"|(?<!\w)(?:على\s+خلفيه|بسبب|ردا\s+على|اثر|عقب)\s+(?:\S+\s+){0,1}$")
_AS_SUBJECT_BEFORE = re.compile(r"(?<!such)(?<!well)(?<!known)(?<!same)(?<!designated)(?<!listed)(?<!described)(?<!seen)(?<!regarded)"
                                r"(?<!identified)(?<!named)(?<!branded)\s+as\s+(?:(?:u\.s\.|us|israeli|iranian)\s+)?(?:(?:president|prime\s+minister)\s+)?$")
_HELP_AFTER = re.compile(r"'s?\s+(?:help|mediation|assistance)\b")
_MEDIATED_DEAL = re.compile(r"(?:\s+(?:in|of)\s+\w+)?\s*,?\s*(?:mediated|brokered)\s+by\b")
# `blows from Israel`, `ضربات قاسية من إسرائيل`: who dealt what a side suffered
_FROM_BEFORE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:from|at the hands of|من|علي يد)\s+(?:the\s+)?")
# `X, Iran's ambassador to Syria, said` / `X, deputy foreign minister in ..., warned`: an apposition before a speaker's verb
_APPOSITION_END = re.compile(r",\s*(?P<head>[\w.’'-]+)\s[^,;.]{1,80},\s*(?:(?:had|has|have|also|then|later|earlier|previously|already)\s+)*$")
_DESCRIPTION_HEAD = re.compile(r"the|a|an|another|its|their|his|her|.+['’]s?", re.IGNORECASE)
_COUNTERPARTS_IN = re.compile(r"(?<!\w)(?:نظير|نظيره|نظيرها|نظيريه|نظيريها|نظراء|نظراءه|نظرائه|نظراءها|نظرائها)\s+في\s+(?:\S+\s+){0,4}?[و]?$")
_SUBORDINATE_PRONOUN = re.compile(r"\b(?:since|after|when|until|because|before)\s+(?:they|it)\s+(?:(?:had|have|has|also|then)\s+)*$")
_WHERE_BEFORE = re.compile(r"(?<!\w)حيث\s+$")
_NEXT_VERB_AR = re.compile(r"،\s*[وف]?\S+\s+")
_AT_HIS_SIDE = re.compile(r"\s+at\s+(?:his|her|their)\s+side\b")
_CALL_PARTICIPLE = re.compile(r"(?:speaking|talking)\s+by\s+(?:tele)?phone")
_VERB_TO = re.compile(r",\s*(?:[\w-]+\s+){0,1}?\w+ed\s+(?:to|with)\s+")
# `held talks with Russian President Putin`: whom talks are held with (not past a mediator's or a place's word)
_WITH_OBJECT = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?<!along )(?<!together )(?:with|مع)\s+(?:(?!بوساطه|برعايه|عبر\b|by\b|in\b|through\b|via\b|في\b)[\w.'’-]+\s+){0,3}$")
# `pounded what the military said were Hezbollah targets`
_WHAT_SAID = re.compile(r"\bwhat\s+(?:[\w'-]+\s+){1,4}(?:said|says|called|described as)\s+(?:were|was|are|is\s+)?\s*$"
                        r"|(?<!\w)ما\s+(?:قال|قالت|يقول|تقول|وصفه|وصفته|وصفها|اعتبره|اعتبرته)\s+(?:\S+\s+){0,2}?(?:انه|انها|انهم)?\s*(?:\S+\s+){0,2}(?:ل|ب|لـ)?\S*\s*[«\"]?\s*$")
# `without saying whether it would retaliate`, `ما إذا`: a reply left open
_WHETHER = re.compile(r"\bwhether\b|\b(?:did not|didn't|would not|declined to)\s+say\s+(?:when|how)\b|\bwithout\s+(?:saying|specifying)\s+(?:when|how)\b"
                      r"|(?<!\w)ما\s+اذا(?!\w)|(?<!\w)(?:متي|كيف)\s+(?:او|و)\s*(?:متي|كيف)(?!\w)")
# `بدأ الحزب قصف`, `واصلت إسرائيل استهداف`: a verb of beginning or continuing and its subject before an act
_ASPECTUAL_BEFORE = re.compile(r"(?<!\w)(?P<joined>ثم\s+|[وف])?(?P<verb>بدا|بدات|بدؤوا|واصل|واصلت|تواصل|يواصل|استانف|استانفت|صعد|صعدت|كثف|كثفت"
                               r"|تنفذ|ينفذ|نفذ|نفذت)\s+(?:\S+\s+){1,8}$")  # (`وتنفذ القوات الأميركية والبريطانية منذ ... ضربات`)
_IF_BEFORE = re.compile(r"(?<!\w)[وف]?(?:اذا|لو)\s+$|\b(?:if|unless)\s+(?:\w+\s+){0,2}$")
_PAST_VERB_ENDING = re.compile(r"(?<!ا)ت$|وا$")  # (`قصفت`, `قصفوا`; not the plural `ضربات`)
_HELD = re.compile(r"(?<!\w)[وف]?(?:اجري|اجرت|يجري|تجري|عقد|عقدت|يعقد|تعقد)\s")  # (the verb that holds talks)
_QUOTED_MEANS = re.compile(r"(?<!\w)بـ?\s*[«\"“]\s*$")  # `بـ«رشقة صاروخية»`
_UN_BEFORE = re.compile(r"\b(?:u\.?n\.?|united nations|international)\s+(?:security council\s+)?$")
_UN_AFTER = re.compile(r"\s+(?:ال)?(?:امميه|الدوليه|مجلس الامن)(?!\w)")
_LIST = re.compile(r"(?<!\w)(?:ال)?(?:لايحه|قايمه)\s+(?:ال)?(?:ارهاب|الارهاب|العقوبات|عقوبات)"
                   r"|\b(?:terror|terrorism|terrorist|sanctions)\s+(?:list|blacklist)\b")
_ANY_STATEMENT = re.compile(r"(?<!\w)اي\s+(?:بيان|اعلان)\s+(?:\S+\s+){0,3}$|\bany\s+(?:statement|claim)\s+(?:\S+\s+){0,4}$")
_WERE_REPORTED = re.compile(r"^\s*(?:were|was)\s+reported\b")  # `explosions were reported near Isfahan`: no statement
_MAY_DAY_AFTER = re.compile(r"may\s+(?:\d|last\b|this\b|of\b)")
_MAY_MONTH_BEFORE = re.compile(r"\b(?:in|of|since|until|by|early|late|mid|last|this|next|from|to)[\s-]+$")
# (past an apposition: `Hassan Nasrallah, its long-time leader, who was killed in`)
_WHO_WAS_KILLED = re.compile(r"(?:\s*[,،](?:\s*[^\s,،.;]+){1,5}?)?"
                             r"(?:\s*,\s*who\s+(?:was|were|had\s+been)\s+(?:killed|assassinated)\s+(?:in|by)\s"
                             r"|\s*[,،]\s*(?:الذي|التي|اللذين|اللذان|الذين)\s+(?:قتل|قتلا|قتلوا|قضي|قضيا|قضوا|اغتيل|اغتيلا)\s+(?:في\s+)?)")
_THREAT_PARTICIPLE = re.compile(r"[وف]?م(?:توعد|هدد|حذر|لوح)")
_DRAWN_IN = re.compile(r"\b(?:drew|drawn|draws|draw|dragged|drag|pulled|pull|brought|bring|roped)\s+in\s+$")
_DESIGNATION = re.compile(r"[وب]?(?:تصنيف|ادراج)")
_WITH_AFTER = re.compile(r"\s+(?:\S+\s+){0,2}?(?:with|مع)\s")  # `talks with`, `في اتصال هاتفي أمس مع`
_WHERE_BEFORE = re.compile(r"(?:\bwhere|(?<!\w)حيث)\s*$")
DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that|these|those)\s+$")
_PRONOUN_BEFORE = re.compile(r"(?:(?<!\w)(?:انه|انها|انهم|اننا)|\bwhich\s+(?:[\w'-]+\s+){0,4}(?:said|says|claimed)(?:\s+it)?)\s+$")
# `was killed`, `have been killed`; a participle with no object (`X killed in Tehran`, `killed on Tuesday`)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be|get|got)\s+(?:\w+ly\s+)?$")
_OWN_PEOPLE_AFTER = re.compile(r"\s+(?:with\s+)?(?:other|fellow)\s+(?:senior\s+|top\s+)?(?:commanders|leaders|officials|members|aides|ministers)\b"
                               r"|\s+(?:مع\s+)?(?:قاده|قياديين|مسوولين|اعضاء)\s+(?:اخرين|اخرين\s+في)(?!\w)")
_WILL_NOT_BEFORE = re.compile(r"(?:(?<!\w)لن|\b(?:will|would)\s+not|\bwon't)\s+(?:[^\s،,;.]+\s+){0,5}$")
_AUXILIARIES = re.compile(r"\b(?:had|have|has|also|then|reportedly)\b")
_PASSIVE_AFTER = re.compile(r"\s*(?:$|[,.;]|\b(?:in|on|at|near|when|while|as|during|after|early|late|overnight|last|yesterday)\b)")
# `أعلن X مسؤوليته عن` right before the act: X claims it.
# (`مسؤوليته «الكاملة والحصرية» عن الهجوم`: the claim may be qualified)
_CLAIM_RESPONSIBILITY = re.compile(r"(?:اعلن|تبن)\w*\s+(.{1,160}?)\s+مسووليت\w*\s+(?:[«»\"\w]+\s+){0,3}?عن\s+(?:\w+\s+){0,2}$")


def _month_may(text: str, word: re.Match) -> bool:
    """`On May 2`, `in May`: the month, not the modal."""
    return word.group() == "may" and bool(_MAY_DAY_AFTER.match(text, word.start()) or _MAY_MONTH_BEFORE.search(text, 0, word.start()))


def _target_keys(actor: Actor) -> tuple[str, ...]:
    """Whom an act hits: the side, and the official himself when one is named (`killed Saleh al-Arouri`
    hits Hamas and al-Arouri)."""
    if actor.mention.kind == "Official" and actor.mention.key != actor.key:
        return actor.key, actor.mention.key
    return (actor.key,)


_THREAT_REACH = 14  # words from a threat's verb to the act it threatens, its subject between (توعد رئيس الوزراء ... بالرد)
_INSERT = re.compile(r"[,،]\s*(?:[^\s,،]+\s+){0,2}[^\s,،]+\s*[,،]")
_LONG_INSERT = re.compile(r"[,،]\s*(?:[^\s,،]+\s+){0,5}[^\s,،]+\s*[,،]")
_SPEECH_ASIDE = re.compile(r"[,،]\s*(?:in|during|at|في|خلال|امام)\s+(?:[^\s,،]+\s+){0,9}[^\s,،]+\s*[,،]")  # `، في كلمة أمام جنود في الجولان أمس،`


def _without_inserts(text: str, inserts: re.Pattern = _INSERT) -> str:
    """The text without short inserts between commas (`توعدت الجماعة، السبت الماضي، باستهداف`), or
    longer ones (`_LONG_INSERT`: `، في منشور على «تلغرام» أمس،`)."""
    return inserts.sub(" ", text)


_MEMBER_OF = re.compile(r"(?<!\w)(?:ال)?(?:منضويه|منضوي|منضوين|منضوون|منتميه|منتمي|منتمين|منضمه|منضم)\s+(?:في|الي|تحت)\s+(?:مظله\s+|لواء\s+)?[«\"]?$"
                        r"|\b(?:part\s+of|a\s+member\s+of|under\s+the\s+umbrella\s+of)\s+(?:the\s+)?$")
_SAID_MEMBER_AR = re.compile(r"(?<!\w)(?:ب)?(?:انه|انهم|انهما)\s+(?:كان\s+|كانوا\s+)?(?:احد\s+|من\s+)?(?:عنصر|عناصر|قيادي|قياديا|مقاتل|مقاتلا|مقاتلين|ناشط|قائد)"
                             r"\s*(?:بارز\s+|ميداني\s+)?(?:في|ب|من|ل)?\s*[«\"]?$")
_AFFILIATED_AR = re.compile(r"(?<!\w)(?:ال)?تابع(?:ه|ين|ون)?\s+$")
_SAID_HIT_AR = re.compile(r"(?<!\w)[بل]?ان(?:ه|ها|هم)?\s+(?:المستهدف\w*|طالت|استهدفت|استهدف|ضربت|ضرب|قصف|قصفت)(?!\w)")
_SAID_WAS_A = re.compile(r"\b(?:said|says|identified)\s+(?:\w+\s+)?(?:was|were|as)\s+(?:a|an)?\s*(?:senior\s+|local\s+)?$")
_MEMBER_AFTER = re.compile(r"[’']?s?\s+(?:member|members|operative|operatives|fighter|fighters|commander|militant|militants)\b")
_ADDRESSED_BEFORE = re.compile(r"(?<!\w)(?:مخاطبا|مخاطبه|مخاطبين|موجها\s+(?:حديثه|كلامه|رسالته)\s+(?:الي|ل))\s*(?:ال)?$|\baddressing\s+(?:the\s+)?$")
_AND_WARNED_IT = re.compile(r"\band\s+(?:warned|vowed|threatened|said)\s+(?:that\s+)?(?:it|they)\s+$")
_TIMED_AFTER_IN = re.compile(r"\b(?:hours?|days?|weeks?|months?|a\s+day|shortly|soon|just|minutes)\s+(?:after|before)\b"
                            r"|(?<!\w)(?:بعد|قبل)\s+(?:ساعات|ساعه|ساعتين|ايام|يوم|يومين|اسابيع|دقائق)(?!\w)")
_AFTER_COMMA_OR_AND = re.compile(r"(?:,|\band)\s+(?:also\s+)?$")


_ANNOUNCER_WORDS = 5  # between `أعلن` and the operation it announces, past asides: the announcer and a day
# (`ضمّ الصفدي ونظراءه من السعودية ...، ومن العراق ...، إلى جانب وزير الخارجية السوري`, `, as well as Qatar's`)
_LIST_GOES_ON = re.compile(r"[,،]\s*(?:و?(?:من|مع|الي\s+جانب)|as\s+well\s+as|along\s+with|together\s+with)\s+(?:(?:the\s+)?\S+\s+){0,2}")
_SUFFERED_REACH = 16  # words from `تعرّض` to the act, past what suffered it, where, and when
# what follows the author of an Arabic verbal noun: its object (`اغتيال إسرائيل أبرز قادة الحزب`, `قصف إسرائيل لمواقع`)
_OBJECT_AFTER_AGENT = re.compile(r"\s+(?:ل(?!م\s|ن\s|ا\s)\w+|ابرز|قائد|القائد|القيادي|قياديا|رييس|الامين|مسوول|المسوول|زعيم|عناصر|مواقع|منشات|مقر|مقار)(?!\w)")


class SentenceReader:
    """Reads the incidents of one sentence."""

    def __init__(self, text: str, actors: list[Actor], lexicon: Lexicon, arabic: bool, triggers: list[Trigger],
                 passive_at: frozenset[int] = frozenset()):
        self.text, self.actors, self.lexicon, self.arabic, self.triggers = text, actors, lexicon, arabic, triggers
        self.passive_at = passive_at  # where an Arabic verb written with the passive's vowel begins (`وحُمّلت إسرائيل`)
        self.deniers_after: set[tuple[int, str]] = set()  # (where, who) for a denial whose denier follows its verb
        self.context_sides: tuple[str, ...] = ()  # the two sides of the article's last incident between two
        self.mediated_deals: tuple[Incident, ...] = ()  # the article's mediated talks and deals between two sides so far
        self.sentence_sides: tuple[str, ...] = ()  # the sides of the talks or deal told last in this sentence
        self.main_foes: tuple[str, ...] = ()  # the two sides most often at war in the article so far
        self.accusers: set[int] = set()  # where who blames or accuses is named (`Washington blames the attack on`)
        self.accused: set[str] = set()
        self.excluded = self._denied_or_accused()
        self.killed = self._casualties()
        self.victims = self._victims()  # positions: the same side may act later in the sentence

    def _denied_or_accused(self) -> set[str]:
        """Who denies an act, or is only accused of it, is not reported as its perpetrator (the
        accused who did not deny it may still be, when no one else is: `accused_authors`)."""
        out = set()
        self.denied: set[str] = set()
        for m in self.lexicon.denial.finditer(self.text):
            if _NOR_CONFIRMED.search(self.text, max(0, m.start() - 30), m.start()):
                continue  # `which has neither confirmed nor denied involvement`: no denial
            before = [a for a in self.actors if a.n_end <= m.start() and not CLAUSE_BREAK.search(self.text[a.n_end:m.start()])]
            after = [a for a in self.actors if a.n_start >= m.end() and words(self.text[m.end():a.n_start]) <= 2]
            self.denied.update(a.key for a in (before[-1:] + after[:1]))
            self.deniers_after.update((m.start(), a.key) for a in after[:1])
            # (`blamed the attack on the PKK and the YPG, both of which denied any involvement`)
            antecedent = [a for a in self.actors if a.n_end <= m.start() and _WHICH_DENIED.fullmatch(self.text, a.n_end, m.start())
                          and _INVOLVEMENT.match(self.text, m.end())]  # (not `Iran, which denies seeking nuclear weapons`)
            self.denied.update(a.key for a in (self._coordinated_actors(antecedent[-1]) if antecedent else []))
        out |= self.denied
        for m in self.lexicon.accusation.finditer(self.text):
            # (`وكانت إيران قد اتهمت إسرائيل`: the accuser before, past قد)
            # (not a place: `هجوم على موقع في الأردن حمّلت واشنطن «الكتائب» مسؤوليته`)
            # (nor a name that ends a phrase: `على موقع «البرج 22» شمال شرقي الأردن حمّلت واشنطن «الكتائب» مسؤوليته`)
            subject_before = [a.n_start for a in self.actors if a.n_end <= m.start() and _AUXILIARY_ONLY.fullmatch(self.text, a.n_end, m.start())
                              and not _PLACE_PREPOSITION.search(self.text, max(0, a.n_start - 5), a.n_start)
                              and (not self.arabic or _CLAUSE_OPENING_AR.search(self.text, max(0, a.n_start - 12), a.n_start))]
            self.accusers.update(subject_before)
            # (`وحمّلت «قسد»، التي تشكّل الوحدات عمودها الفقري، تركيا مسؤولية`: past the accuser's relative clause)
            asides = [(x.start(), x.end()) for x in RELATIVE_ASIDE.finditer(self.text, m.end())]
            after = [a for a in self.actors if a.n_start >= m.end() and not any(s <= a.n_start < e for s, e in asides)
                     and words(self.text[m.end():a.n_start]) - sum(words(self.text[s:e]) for s, e in asides if e <= a.n_start)
                     <= (6 if self.arabic else 3)]
            # English: the accused follows; Arabic (VSO): the accuser, then the accused
            # (`اتهمت الحركة إسرائيل`, `حمّلت واشنطن مسؤوليته للمقاومة`), unless the accuser came first
            # (`اتهمت وزارة الداخلية السورية «مجموعات خارجة عن القانون»`: the nisba of the verb's subject is the accuser's)
            # (`وحُمّلت إسرائيل مسؤوليتها`: a passive verb of blaming names the blamed, and no accuser)
            # (`الحرس الثوري الذي اتهم إسرائيل بتنفيذها`: after a relative standing for a side, the side accuses;
            # not `اغتيال هنية ...، الذي حمّلت طهران إسرائيل مسؤوليته`, where the relative stands for the act)
            relative = _RELATIVE_RIGHT_BEFORE.search(self.text, max(0, m.start() - 10), m.start())
            accuser_after = self.arabic and not subject_before and bool(after) and m.start() not in self.passive_at \
                and not (relative and any(a.n_end <= relative.start() and not self.text[a.n_end:relative.start()].strip()
                                          for a in self.actors)) \
                and (len(after) > 1 or words(self.text[m.end():after[0].n_start]) == 0
                     or (after[0].mention.form == "demonym" and words(self.text[m.end():after[0].n_start]) <= 3))
            if accuser_after:
                # (`حمّلت طهران ودمشق إسرائيل مسؤوليتها`: the accusers joined by و, then the accused)
                accusers = self._coordinated_actors(after[0])
                # (`اتهم عضو المكتب السياسي للجماعة محمد البخيتي`: the group in the accuser's title, then the accuser)
                accusers += [a for a in after if a.mention.kind == "Official" and a not in accusers
                             and a.key in {x.key for x in accusers} and words(self.text[accusers[-1].n_end:a.n_start]) <= 3]
                self.accusers.update(a.n_start for a in accusers)
                after = [a for a in after if a not in accusers]
            # (`اتهمت إيران والحركة إسرائيل باغتيال هنية`: the accused and those joined to it, not the victim past the act)
            self.accused.update(a.key for a in (self._coordinated_actors(after[0]) if after and accuser_after else after[:1]))
        out |= self.accused
        for m in _ATTRIBUTED_TO.finditer(self.text):  # `a strike attributed to Israel`, `غارة منسوبة إلى إسرائيل`
            after = [a for a in self.actors if a.n_start >= m.end() and self._words_but_forces(m.end(), a.n_start) <= 1
                     and a.mention.kind != "Place"]  # (`blamed the attack on the Tower 22 outpost`: where, not who)
            self.accused.update(a.key for a in (self._coordinated_actors(after[0]) if after else []))
        for m in _BELIEVED_TO_BE.finditer(self.text):
            self.accused.update(a.key for a in self.actors if a.n_start == m.end() and a.mention.form == "demonym")
        return out

    def accused_authors(self) -> tuple[str, ...]:
        """Who is blamed for an act and has not denied it (`an air strike attributed to Israel`,
        `Iran blamed Israel for the strike`): its author, when the text names no other."""
        return tuple(k for k in dict.fromkeys(self.accused) if k not in self.denied)

    def _victims(self) -> set[int]:
        """Who suffers an act is not its perpetrator: the object of `killed`/`اغتال`, the
        subject of `came under`/`تعرض` (the mentions, by where they start)."""
        out = set()
        for trigger in self.triggers:
            if trigger.verb and trigger.type == "Attack" and self.lexicon.patient_nouns.fullmatch(trigger.word) and not self.passive(trigger):
                after = [a for a in self.actors if a.n_start >= trigger.n_end and words(self.text[trigger.n_end:a.n_start]) <= 1
                         and not CLAUSE_BREAK.search(self.text[trigger.n_end:a.n_start])]
                if after and not self.arabic:
                    out.add(after[0].n_start)
        out.update(a.n_start for a in self.killed)
        out.update(a.n_start for a in self._named_as_killed())
        for m in self.lexicon.undergo.finditer(self.text):
            # (Arabic names who suffered after the verb, `تعرضت القوات الأميركية`; English after it names
            # the attacker, `came under Israeli fire`)
            near = [a for a in self.actors if (self.arabic and a.n_start >= m.end() and words(self.text[m.end():a.n_start]) <= 2)
                    or (a.n_end <= m.start() and words(self.text[a.n_end:m.start()]) <= 2)]
            out.update(a.n_start for a in near)
            # (`US forces in Iraq and Syria have come under attacks`: the clause's subject, past its places)
            clause = clause_before(self.text, m.start(), self.lexicon)
            subject = next((a for a in self.actors if clause <= a.n_start and a.n_end <= m.start()
                            and words(self.text[a.n_end:m.start()]) <= 7 and a.mention.kind != "Place"), None)
            if subject is not None and not self.arabic:
                out.add(subject.n_start)
        return out

    def _named_as_killed(self) -> list[Actor]:
        """`لاغتيال الأمين العام لـ«حزب الله» حسن نصر الله في غارة`, `the killing of Hamas leader Yahya Sinwar`:
        who a noun of killing names (past the titles) is its victim."""
        found = []
        for trigger in self.triggers:
            if trigger.verb or trigger.type != "Attack" or not self._patient_noun(trigger):
                continue
            title = self.lexicon.titles.search(self.text, trigger.n_end)
            start = title.end() if title is not None and words(self.text[trigger.n_end:title.begin]) <= 1 else trigger.n_end
            found += [a for a in self.actors if a.n_start >= start and words(self.text[start:a.n_start]) <= 3
                      and not CLAUSE_BREAK.search(self.text, trigger.n_end, a.n_start)][:2]
        return found

    def _partners(self, trigger: Trigger) -> tuple[str, ...]:
        """The sides named as an act's partners after it, in its clause (`jointly with Britain`)."""
        end = clause_after(self.text, trigger.n_end)
        return tuple(k for a in self.actors if trigger.n_end <= a.n_start < end
                     and (self._marked(a, self.lexicon.partners, trigger.n_end) or self._done_with(trigger, a))
                     for k in _target_keys(a))

    def _snapback_triggerers(self) -> tuple[str, ...]:
        """`UN sanctions returned under the snapback that Britain, France and Germany triggered`: UN
        sanctions restored by a mechanism are imposed by the states that set it off."""
        if not _SNAPBACK.search(self.text):
            return ()
        for verb in _SET_OFF.finditer(self.text):
            # (`بتوقيت طهران، إثر تفعيل بريطانيا`: not across a comma)
            near = [a for a in self.actors if a.mention.kind == "State" and (
                    a.n_end <= verb.start() and words(self.text[a.n_end:verb.start()]) <= 1 and not CLAUSE_BREAK.search(self.text, a.n_end, verb.start())
                    or a.n_start >= verb.end() and words(self.text[verb.end():a.n_start]) <= 1)]
            if near:
                return tuple(self.coordinated(near[0]))
        return ()

    def _done_with(self, trigger: Trigger, actor: Actor) -> bool:
        """`ضربات ... تشنها مع بريطانيا`: an Arabic attack verb followed at once by `مع` and a side: done with it."""
        return self.arabic and trigger.verb and trigger.type == "Attack" and re.fullmatch(r"\s*مع\s+", self.text[trigger.n_end:actor.n_start]) is not None

    def _sufferers(self, trigger: Trigger) -> list[str]:
        """The subject of `came under`/`تلقى` a few words before an act's noun: who suffered it."""
        if trigger.verb or trigger.type != "Attack":
            return []
        undergo = [m for m in self.lexicon.undergo.finditer(self.text, 0, trigger.n_start)
                   if words(self.text[m.end():trigger.n_start]) <= 5 and not CLAUSE_BREAK.search(self.text, m.end(), trigger.n_start)]
        near = [a for m in undergo[-1:] for a in self.actors if a.mention.kind != "Place" and (
            (m.end() <= a.n_start < trigger.n_start and words(self.text[m.end():a.n_start]) <= 1)
            or (a.n_end <= m.start() and words(self.text[a.n_end:m.start()]) <= 1 and not CLAUSE_BREAK.search(self.text, a.n_end, m.start())))]
        # (no side named as suffering it: the state of the place where what suffered lies)
        return list(dict.fromkeys(k for a in near[:1] for k in _target_keys(a))) or self._place_that_suffered(trigger)

    def _place_that_suffered(self, trigger: Trigger) -> list[str]:
        """`تعرّض حقل سرسنك النفطي في محافظة دهوك، فجر اليوم، لهجوم بطائرة مسيّرة`: what suffered is no
        side, but lies in a place; the place's state suffered it."""
        undergo = [m for m in self.lexicon.undergo.finditer(self.text, 0, trigger.n_start)
                   if words(self.text[m.end():trigger.n_start]) <= _SUFFERED_REACH and not re.search(r"[.;؛]", self.text[m.end():trigger.n_start])]
        if not undergo:
            return []
        places = [a for a in self.actors if a.mention.kind == "Place" and undergo[-1].end() <= a.n_start < trigger.n_start]
        return list(_target_keys(places[0])) if places else []

    def _casualties(self) -> list[Actor]:
        """The sides whose people were killed or hurt: named just before a word of dying (`ثلاثة جنود
        أميركيين قد قُتلوا`, `two Israeli soldiers were killed`), or just after a passive one (`اغتيل نصر الله`)."""
        found = []
        for m in self.lexicon.casualties.finditer(self.text):
            if self.arabic and any(t.verb and t.type == "Attack" and t.n_start <= m.start() < t.n_end for t in self.triggers):
                continue  # (`قواته قتلت`: the active verb, read as an act, names no one killed before it)
            found += [a for a in self.actors if a.n_end <= m.start() and a.mention.kind != "Place"
                      and ((words(self.text[a.n_end:m.start()]) <= 2 and not CLAUSE_BREAK.search(self.text, a.n_end, m.start()))
                           or _APPOSED_PHRASE.fullmatch(self.text, a.n_end, m.start()))  # (`Soleimani, the architect of ..., was killed`)
                      # (`ضربات إسرائيلية قتلت`, `Israeli strikes killed`: the adjective of the act that killed is its author)
                      and not self._act_adjective(a)]
        found += [a for a in self.actors if a.mention.form == "demonym" and _KILLED_PEOPLE.search(self.text, max(0, a.n_start - 80), a.n_start)]
        # (`مقتل 6 من «قسد» بهجوم`: the side some of whose people were killed)
        found += [a for a in self.actors if a.mention.kind in ("Proxy", "State") and _KILLED_SOME_OF.search(self.text, max(0, a.n_start - 60), a.n_start)]
        for m in _KILLED_TITLED.finditer(self.text):  # `قُتل نائب رئيس المكتب السياسي لحركة حماس صالح العاروري`
            title = self.lexicon.titles.search(self.text, m.end())
            # (`وقُتل سليماني، الذي كان يقود ...، بضربة أميركية`: a name, then the act as the means, is a passive)
            means = next((t for t in self.triggers if t.type == "Attack" and not t.verb and t.n_start > m.end()
                          and t.word.startswith(("ب", "وب"))), None)
            named = next((a for a in self.actors if a.n_start >= m.end() and words(self.text[m.end():a.n_start]) == 0), None)
            if means is not None and named is not None and named.mention.kind == "Official" and named.n_end <= means.n_start:
                found.append(named)
            if title is not None and title.begin == m.end():
                # (up to the act that killed: `قُتل القيادي ... بضربة أميركية`: the adjective is its author's)
                end = means.n_start if means is not None else len(self.text)
                found += [a for a in self.actors if m.end() <= a.n_start < end and words(self.text[m.end():a.n_start]) <= 8
                          and not CLAUSE_BREAK.search(self.text, m.end(), a.n_start) and a.mention.kind != "Place"]
        # `قال الجيش الإسرائيلي إنه عنصر في حزب الله`, `a man the army said was a Hezbollah member`: whose the dead was
        found += [a for a in self.actors if a.mention.kind in ("Proxy", "State")
                  and (_SAID_MEMBER_AR.search(self.text, max(0, a.n_start - 40), a.n_start)
                       or (_SAID_WAS_A.search(self.text, max(0, a.n_start - 40), a.n_start) and _MEMBER_AFTER.match(self.text, a.n_end)))]
        # (`قال الجيش الإسرائيلي إن المستهدف عنصر في «قوة الرضوان» التابعة للحزب`, `إنها طالت بنى تحتية تابعة للحزب`)
        found += [a for a in self.actors if a.mention.kind == "Proxy" and _AFFILIATED_AR.search(self.text, max(0, a.n_start - 12), a.n_start)
                  and _SAID_HIT_AR.search(self.text, 0, a.n_start)]
        # (`وأصيب ثلاثة في غارة إسرائيلية`: the act's adjective names who struck, not who was hurt)
        for m in _KILLED_COUNT.finditer(self.text):
            found += [a for a in self.actors if a.n_start >= m.end() and words(self.text[m.end():a.n_start]) <= 3
                      and not CLAUSE_BREAK.search(self.text, m.end(), a.n_start) and a.mention.kind != "Place" and not self._act_adjective(a)][:1]
        for m in self.lexicon.casualties_verb_first.finditer(self.text):
            found += [a for a in self.actors if a.n_start >= m.end() and words(self.text[m.end():a.n_start]) <= 3
                      and not CLAUSE_BREAK.search(self.text, m.end(), a.n_start) and a.mention.kind != "Place" and not self._act_adjective(a)][:1]
        return found

    def _act_adjective(self, actor: Actor) -> bool:
        """The actor stands right after an act's noun (`غارة إسرائيلية`, `strikes Israeli`): its adjective."""
        return any(t.type == "Attack" and not t.verb and t.n_end <= actor.n_start and words(self.text[t.n_end:actor.n_start]) == 0
                   for t in self.triggers)

    def _killed_in(self, trigger: Trigger) -> list[Actor]:
        """`Nasrallah, who was killed in an Israeli air strike`: the side of whom a relative clause says
        died in this very act."""
        found = []
        for actor in self.actors:
            clause = _WHO_WAS_KILLED.match(self.text, actor.n_end)
            if clause is not None and clause.end() <= trigger.n_start and actor.mention.kind != "Place" \
                    and words(self.text[clause.end():trigger.n_start]) <= 3:
                found.append(actor)
        return found

    def _marked(self, actor: Actor, markers: WordList, lo: int) -> bool:
        return after_marker(self.text, actor, markers, lo, self.actors)

    def subject(self, trigger: Trigger) -> Actor | None:
        """The agent of a trigger: marked (by X, شنته X), claimed, else the clause's subject; an
        act named as what a response answers (`struck X in retaliation for a drone attack`, `ردا
        على قصف`) takes no author from before the response."""
        actor = self._subject(trigger)
        cause = RESPONSE_TO.search(self.text, 0, trigger.n_start) or _BLAMED_FOR.search(self.text, 0, trigger.n_start)
        answered = cause.start("answered") if cause is not None and cause.re is RESPONSE_TO else None
        if actor is not None and cause is not None and actor.n_start < (answered or cause.start()):
            return None  # (`the group that Washington blames for the Jan. 28 attack`, `the latest U.S. reprisal for`: not the author)
        return actor

    def _subject(self, trigger: Trigger) -> Actor | None:
        text = self.text
        if self.arabic and _BY_GUNFIRE.fullmatch(trigger.word):
            # `قُتل شاب برصاص القوات الإسرائيلية`: whose gunfire is named right after it, or no one (`برصاص مسلحين`)
            return next((a for a in self.actors if a.n_start >= trigger.n_end and self._words_but_forces(trigger.n_end, a.n_start) <= 1
                         and a.mention.kind != "Place"), None)
        if not trigger.verb and self._unnamed_author(trigger):
            return None  # `militia attacks on American troops`: an author left unnamed
        if not trigger.verb and any(t.type in PARTY_TYPES and t.verb and t.n_end <= trigger.n_start
                                    and words(text[t.n_end:trigger.n_start]) <= 2 for t in self.triggers):
            return None  # `Safadi discussed Sunday's attack`, `بحث الهجوم`: the act talked about, not his
        if not trigger.verb and self._sanctioned_over(trigger):
            return None  # `imposed sanctions on Iran over the weekend attack`: who sanctions did not attack
        own = self._speakers_own(trigger) or self._announced_operation(trigger) or self._gerund_subject(trigger)
        if own is not None:
            return own
        begun = self._aspectual_subject(trigger)
        if begun is not None:
            return begun
        if trigger.verb and any(not t.verb and t.type == trigger.type and act_is_subject_of(text, t.n_end, trigger)
                                for t in self.triggers):
            return self._claimant(trigger, sentence_part(text, trigger.n_start)[1])  # `the strike, which ..., killed`: the act is the subject
        part_start, part_end = sentence_part(text, trigger.n_start)
        for actor in self.actors if not trigger.defence else ():  # (`downed drones fired by X`: X fired, not downed)
            if (trigger.n_end <= actor.n_start < part_end and words(text[trigger.n_end:actor.n_start]) <= AGENT_WINDOW_WORDS
                    and actor.mention.kind != "Place" and self._marked(actor, self.lexicon.agent, trigger.n_end)
                    and not _OTHER_PARTICIPLE_BY.search(text, trigger.n_end, actor.n_start)  # (`struck facilities used by X`)
                    # (`الضربات ... على الحوار الذي أطلقته بغداد`: the agent of the talks named between)
                    and not any(t.type != trigger.type and trigger.n_end <= t.n_start < actor.n_start for t in self.triggers)):
                return self._possessed(actor)
        claimant = self._claimant(trigger, part_end) or self._claimed_before(trigger, part_start)
        if claimant is not None:
            return claimant
        if self.arabic and not trigger.verb and _DONE_BY_IT.match(text, trigger.n_end) \
                and not any(words(text[trigger.n_end:a.n_start]) <= 2 for a in self.actors if a.n_start >= trigger.n_end):
            # `أعلنت سنتكوم مقتل قيادي في التنظيم بضربة نفذتها`: the act it carried out, its announcer's
            speaker = self.speaker(trigger)
            if speaker is not None:
                return speaker
        adjective = self._demonym_before(trigger)
        if adjective is not None:
            return adjective
        told_before = self._past_perfect_subject(trigger)
        if told_before is not None:
            return told_before
        if self.arabic and trigger.verb:
            right_before = [a for a in self.actors if a.n_end <= trigger.n_start and words(text[a.n_end:trigger.n_start]) <= 1
                            and not CLAUSE_BREAK.search(text[a.n_end:trigger.n_start]) and a.mention.kind != "Place"
                            and not self._after_speech(a)
                            and not _PLACE_PREPOSITION.search(text, max(0, a.n_start - 5), a.n_start)]  # (`في صنعاء واحتجزوا`: where)
            if right_before:
                return right_before[-1]
        if self.arabic and not trigger.verb and trigger.word.startswith(("ب", "وب")):
            responder = self._responder(trigger)  # `ردّت عليه طهران بإطلاق مئات الصواريخ`: the act the responder answered with
            if responder is not None:
                return responder
        claimant = self._arabic_claimant(trigger) or self._relative_agent(trigger) or self._claiming_subject(trigger)
        if claimant is not None:
            return claimant
        # (`تفجيرات ... التي استهدفت عناصر من الحزب`: the relative is the subject, what follows the object; not
        # `التي شنتها إسرائيل`, `التي تقصف فيها إسرائيل`, whose pronoun stands for the relative)
        relative_is_subject = self.arabic and trigger.verb and not _OBJECT_SUFFIX.search(trigger.word) \
            and _RELATIVE_RIGHT_BEFORE.search(text, max(0, trigger.n_start - 10), trigger.n_start) is not None \
            and not _RESUMPTIVE_AFTER.match(text, trigger.n_end)
        if self.arabic and not self.pronoun_subject(trigger) and not _DESIGNATION.match(trigger.word) and not relative_is_subject:
            # a definite noun (`الضربات`) refers back: only its adjective or genitive (`الغارات الإسرائيلية`) is its author
            # (but who is designated follows the designation: `تصنيف الحوثيين`)
            reach = 2 if trigger.verb else 0 if ARTICLE.match(trigger.word) else 1
            after = [a for a in self.actors if a.n_start >= trigger.n_end and self._words_but_forces(trigger.n_end, a.n_start) - self._title_words(trigger, a) <= reach
                     and not CLAUSE_BREAK.search(text[trigger.n_end:a.n_start])
                     and not self._marked(a, self.lexicon.target, trigger.n_end) and not self._marked(a, self.lexicon.place, trigger.n_end)
                     and not (a.mention.form == "metonym" and self._after_attack_noun(a) and not (trigger.verb and _PAST_VERB_ENDING.search(trigger.word)))
                     and a.mention.kind != "Place"  # (`قصفت واشنطن`: a capital after the verb is its subject, not `قصف طهران`)
                     and not _FACILITY_BEFORE.search(text, max(0, a.n_start - 20), a.n_start)  # (`بقصف مطار صنعاء`: whose airport was hit)
                     and not ((_PREPOSITION_ATTACHED.search(text[:a.n_start]) or _GOVERNED_WORD.match(text, a.n_start))
                              and not _MEMBERS_OF.search(text, 0, a.n_start))
                     and not (trigger.type == "Attack" and self.lexicon.titles.search(text, trigger.n_end, a.n_start))]
            # (`اغتالت الأمين العام للحزب`: a title after an attack verb names its victim, and the side after it the victim's)
            if after:
                return after[0]
            speaker = self._threatener(trigger)
            if speaker is not None:
                return speaker
        if not self.arabic and not trigger.verb and DEFINITE_BEFORE.search(text[:trigger.n_start]):
            return None
        clause = max(part_start, clause_before(text, trigger.n_start, self.lexicon))
        speaker = self._speaker_of_pronoun(clause, trigger)
        if speaker is not None:
            return speaker
        if not self.arabic and not trigger.verb and _AND_VERBED.search(text, part_start, trigger.n_start):
            opening = self.opening_subject()  # `Trump ... pulled the U.S. out of the accord in 2018 and restored sanctions`
            if opening is not None:
                return opening
        if not trigger.verb and self._means_of_verb(trigger, clause):
            return None  # `Washington has been pounding the Houthis with airstrikes`: the verb's means, not the Houthis' act
        victims = list(self.lexicon.patient_nouns.finditer(text, clause, trigger.n_start))
        lower = max(victims[-1].end() if victims else clause, self._after_speaker_phrase(trigger))
        before = [a for a in self.actors if lower <= a.n_start and a.n_end <= trigger.n_start and a.mention.kind != "Place"
                  and not self._marked(a, self.lexicon.target, clause) and not names_place_of(text, a, trigger)
                  and not (a.mention.form != "demonym" and _PLACE_IN_BEFORE.search(text, max(0, a.n_start - 12), a.n_start))  # `the Houthi movement in Yemen, which`
                  and not self._after_speech(a) and not self._agent_of_another(a, trigger)
                  and not _ABOUT_ADJECTIVE.match(text, a.n_end)]  # (`Iran-related sanctions`: on Iran, not by it)
        # `Israeli jets used Iraqi airspace to bomb`: a side named with its forces is the one acting
        armed = [a for a in before if self._with_forces(a)]
        if armed or before:
            return (armed or before)[-1]
        # `وصعّدت إسرائيل عملياتها، واغتالت نصر الله`, `SNA factions have fought the group since they seized Manbij`:
        # a joined verb, or one after `since they`, has the sentence's opening subject
        joined = trigger.word.startswith("و") if self.arabic else _SUBORDINATE_PRONOUN.search(text, max(0, trigger.n_start - 30), trigger.n_start)
        if trigger.verb and joined:
            opening = self.opening_subject()
            # (`قالت البعثة الإيرانية ...، فيما أعلن «حزب الله» ...، وتبنّى`: the verb is joined to the clause after `فيما`)
            if opening is not None and opening.n_end <= trigger.n_start \
                    and not _WHILE_CLAUSE.search(text, opening.n_end, trigger.n_start):
                return opening
        return self._antecedent_subject(trigger) or self._relative_subject(trigger, clause) or self._apposed_subject(trigger) \
            or self._means_of_subject(trigger)

    def _sanctioned_over(self, trigger: Trigger) -> bool:
        """An act named as the reason for sanctions told before it in the clause (`sanctions over the attack`,
        `عقوبات على خلفية الهجوم`)."""
        if not _OVER_BEFORE.search(self.text, max(0, trigger.n_start - 40), trigger.n_start):
            return False
        clause = clause_before(self.text, trigger.n_start, self.lexicon)
        return any(t.type == "Sanction" and clause <= t.n_start and t.n_end <= trigger.n_start for t in self.triggers)

    def _speakers_own(self, trigger: Trigger) -> Actor | None:
        """`قال هاغاري إن قواته قتلت`, `وقال الجيش الإسرائيلي إن غاراته طالت`: the speaker's forces acted, or
        its strikes struck, whoever claims another act in the sentence."""
        if not self.lexicon.speech.search(self.text, 0, trigger.n_start):
            return None
        if not trigger.verb and _SAID_IT_DID.search(self.text, max(0, trigger.n_start - 50), trigger.n_start):
            return self.speaker(trigger)  # `Washington said it carried out the strike`, `أعلنت واشنطن أنها نفذت الضربة`
        if not self.arabic:  # `The U.S. military said B-52 bombers struck more than 75 targets`
            forces = _UNNAMED_FORCES_EN.search(self.text, max(0, trigger.n_start - 40), trigger.n_start) if trigger.verb else None
            own = forces is not None and not any(forces.start() <= a.n_start < trigger.n_start for a in self.actors)
            return self.speaker(trigger) if own else None
        own = _OWN_FORCES.search(self.text, 0, trigger.n_start) if trigger.verb else \
            _OWN_ACTS.search(trigger.word) or _OWN_FORCES_DID.search(self.text, 0, trigger.n_start)
        if own and self.lexicon.denial.search(self.text, 0, trigger.n_start):
            return None  # `نفى ... عبدي أي علاقة لقواته بالهجوم`: its forces named to deny the act
        return self.speaker(trigger) if own else None

    def _agent_of_another(self, actor: Actor, trigger: Trigger) -> bool:
        """`a ceasefire brokered by the United States and France that took effect on the day the rebel
        offensive began`: the agent of another participle (and those listed with it) is not the act's."""
        if self.arabic:
            return False
        by = list(_PARTICIPLE_BY.finditer(self.text, 0, actor.n_start))
        if not by or any(t.n_start <= by[-1].start() < t.n_end for t in self.triggers):
            return False  # (`an attack carried out by X`: the trigger's own agent)
        between = [a for a in self.actors if by[-1].end() <= a.n_start and a.n_end <= actor.n_start]
        gaps = zip([by[-1].end()] + [a.n_end for a in between], [a.n_start for a in between] + [actor.n_start])
        return all(ENUMERATION.fullmatch(self.text[lo:hi]) for lo, hi in gaps)

    def _past_perfect_subject(self, trigger: Trigger) -> Actor | None:
        """`وكان حزب الله، المدعوم من إيران، قد فتح جبهة`: with `كان ... قد` the subject stands between
        them, first, whatever aside follows it."""
        if not self.arabic:
            return None
        m = _PAST_PERFECT_LONG.search(self.text, 0, trigger.n_start)
        if m is None:
            return None
        inside = [a for a in self.actors if m.start() < a.n_start and a.n_end <= m.end() and a.mention.kind != "Place"]
        return inside[0] if inside else None

    def _apposed_subject(self, trigger: Trigger) -> Actor | None:
        """`Hamas' armed wing, the Qassam Brigades, fired`, `Hezbollah, the Iran-backed group, said it
        fired`: the subject before an apposition set between it and the verb."""
        if self.arabic or not trigger.verb:
            return None
        aside = _APPOSED.search(self.text, 0, trigger.n_start)
        if aside is None:
            return self._apposed_name(trigger.n_start)
        head_start = max((m.end() for m in re.finditer(r"[,;:]", self.text[:aside.start()])), default=0)
        if any(head_start <= t.n_start < aside.start() for t in self.triggers if t is not trigger):
            return None  # `a drone attack on Tower 22, a US outpost in Jordan, killed`: the act is the subject
        head = [a for a in self.actors if head_start <= a.n_start and a.n_end <= aside.start() and a.mention.kind != "Place"
                and not _PREPOSITION_ATTACHED.search(self.text, 0, a.n_start)]
        inside = [a for a in self.actors if aside.start() < a.n_start < aside.end() and a.mention.kind != "Place"]
        return (head or inside or [None])[0]

    def _unnamed_author(self, trigger: Trigger) -> bool:
        """`militia attacks`, `gunmen's ambush`: the act's author is people the text does not name (not
        `Houthi rebels' attacks`, whose side is named)."""
        people = [m for m in self.lexicon.civilians.finditer(self.text, max(0, trigger.n_start - 30), trigger.n_start)
                  if not self.text[m.end():trigger.n_start].strip(" '")]
        return bool(people) and not any(a.n_end <= people[-1].start() and words(self.text[a.n_end:people[-1].start()]) == 0
                                        for a in self.actors)

    def _apposed_name(self, verb_start: int) -> Actor | None:
        """`Its deputy leader, Naim Qassem, vowed`, `Israel's military chief, Lieutenant General Herzi Halevi, vowed`:
        a name set off as an apposition just before a verb, after its title (not `, an ally of Hezbollah,`: the
        apposition opens with the name)."""
        return next((a for a in reversed(self.actors) if a.n_end <= verb_start and a.mention.kind != "Place"
                     and re.fullmatch(r"\s*,\s*(?:(?:has|have|had|also|then|later|briefly)\s+)*", self.text[a.n_end:verb_start])
                     and re.search(r"(?:,\s*(?!(?:an?\s+|the\s+|a\s+close\s+)?(?:ally|allies|friend)\b)(?:\w+\s+){0,3}"
                                   r"|\b(?:known\s+as|nicknamed|dubbed)\s+)$", self.text[:a.n_start])), None)

    def _relative_subject(self, trigger: Trigger, clause: int) -> Actor | None:
        """`Israel, which struck Iranian air defences last October`, `إسرائيل، التي شنت`: a verb that
        opens a relative clause is the act of the side the clause is about."""
        if not trigger.verb or not re.fullmatch(r"\s*(?:(?:has|had|have|also|then)\s+)*", self.text[clause:trigger.n_start]):
            return None
        antecedent = self._relative_antecedent(clause)
        if antecedent is None or _DRAWN_IN.search(self.text, 0, antecedent.n_start):
            return antecedent  # (`the war also drew in Iran, which fired`: a side drawn in, not a place)
        if self._marked(antecedent, self.lexicon.place, 0) or self._marked(antecedent, self.lexicon.target, 0):
            return None  # (`an attack on an outpost in Jordan, which killed three soldiers`: the place did not kill)
        return antecedent

    def _threatener(self, trigger: Trigger) -> Actor | None:
        """`توعّد نائب وزير الخارجية في حكومة الحوثيين ... حسين العزي بأن`: an Arabic verb of threatening
        or warning has its subject, however long its titles, before what it threatens (`بأن`, `من أن`)."""
        if trigger.type != "Threat" or not trigger.verb:
            return None
        content = self.lexicon.complementizer.search(self.text, trigger.n_end)  # `توعد ... بأن`, `حذر ... من أن`
        if content is None or words(self.text[trigger.n_end:content.start()]) > _THREAT_REACH \
                or CLAUSE_BREAK.search(_without_inserts(self.text[trigger.n_end:content.start()], _LONG_INSERT)):
            return None  # (`، في منشور على «تلغرام» أمس،`: where and when it was said)
        # (`توعد المسؤول الأمني في «كتائب حزب الله»`: after a title, `في` names the speaker's group, not a target)
        return next((a for a in self.actors if trigger.n_end <= a.n_start < content.start() and a.mention.kind != "Place"
                     and (not self._marked(a, self.lexicon.target, trigger.n_end) or self._title_words(trigger, a))), None)

    def _title_words(self, trigger: Trigger, actor: Actor) -> int:
        """`توعد الأمين العام لـ«حركة النجباء»`: the words of a title between a verb and the side whose
        officer is its subject (not after an attack's verb, where a title names the victim:
        `اغتالت الأمين العام للحزب`)."""
        if trigger.type == "Attack":
            return 0
        return sum(words(m.group()) for m in self.lexicon.titles.finditer(self.text, trigger.n_end, actor.n_start))

    def _words_but_forces(self, start: int, end: int) -> int:
        """Words between two positions, not counting the armed forces named and whose they are
        (`مقاتلات وسفن حربية`, `قوات خاصة تابعة لبحرية الحرس الثوري`)."""
        fillers = sum(words(m.group()) for m in self.lexicon.forces.finditer(self.text, start, end))
        return words(self.text[start:end]) - fillers - len(_BELONGING.findall(self.text, start, end))

    def _means_of_subject(self, trigger: Trigger) -> Actor | None:
        """`وردّت إيران، الداعم الرئيسي للحزب، بإطلاق 200 صاروخ`, `the United States responded
        with strikes`: an act named as the means of the sentence's verb is its subject's."""
        if trigger.verb:
            return None
        means = trigger.word.startswith(("ب", "وب")) if self.arabic else _MEANS_WORD.search(self.text[:trigger.n_start])
        subject = (self._responder(trigger) or self._sentence_subject(trigger)) if means else None
        if subject is not None and self.lexicon.casualties.search(self.text, subject.n_end, trigger.n_start):
            return None  # `قُتل جنود بحرينيون ... بهجوم`, `were killed by a drone strike`: the means of a death, not the subject's
        if subject is not None and self.arabic and self.lexicon.speech.search(self.text, sentence_part(self.text, trigger.n_start)[0], subject.n_start):
            return None  # `وندد المتحدث باسم الخارجية القطرية بالهجوم`: what a speaker condemns, not the speaker's act
        # (`Iran, which denies seeking nuclear weapons, answered with`: a denial in a relative clause is of something else)
        if subject is None or self.lexicon.denial.search(RELATIVE_ASIDE.sub(" ", self.text[subject.n_end:trigger.n_start])):
            return None  # `ونفى أي صلة لقواته بهجوم أنقرة`: who denies a link is not the author
        return subject

    def _responder(self, trigger: Trigger) -> Actor | None:
        """`لترد إسرائيل بعد ستة أيام بضربة`: the side right after a verb of responding a few words before
        (before it in English)."""
        # (`لترد إسرائيل بغارات على ميناء الحديدة، ثم بقصف مطار صنعاء`: a second means joined to the first)
        reach = 14 if _THEN_BEFORE.search(self.text, max(0, trigger.n_start - 12), trigger.n_start) else 6
        verbs = [m for m in RESPONDED.finditer(self.text, 0, trigger.n_start) if words(self.text[m.end():trigger.n_start]) <= reach]
        if not verbs:
            # (`ردّت واشنطن بغارات ...، ثم باغتيال القيادي ... بضربة في بغداد`: the means of a means is the responder's)
            means = [t for t in self.triggers if t.type == "Attack" and not t.verb and t.word.startswith(("ب", "وب"))
                     and t.n_end <= trigger.n_start and words(self.text[t.n_end:trigger.n_start]) <= 8]
            return self._responder(means[-1]) if self.arabic and means else None
        if _LATTER.match(self.text, verbs[-1].end()):  # `وردّت الأخيرة`: the side named last before
            return next((a for a in reversed(self.actors) if a.n_end <= verbs[-1].start() and a.mention.kind != "Place"), None)
        if not self.arabic:  # `Israel, which answered days later with`, `the United States responded with`: the side before it
            return next((a for a in reversed(self.actors) if a.n_end <= verbs[-1].start() and a.mention.kind != "Place"
                         and re.fullmatch(r"\s*(?:,\s*(?:which|who)\s*)?(?:(?:has|had|then|later)\s+)*", self.text[a.n_end:verbs[-1].start()])), None)
        # (`ردّت عليه طهران بإطلاق`: past the pronoun of what is answered)
        after = next((a for a in self.actors if a.n_start >= verbs[-1].end()
                      and re.fullmatch(r"\s*(?:(?:عليه|عليها|عليهم|عليهما)\s+)?", self.text[verbs[-1].end():a.n_start])), None)
        # (`إسرائيل، التي ردّت بغارات`: the side the relative clause is about)
        relative = next((a for a in reversed(self.actors) if a.n_end <= verbs[-1].start() and a.mention.kind != "Place"
                         and re.fullmatch(r"\s*[,،]?\s*(?:التي|الذي)\s*", self.text[a.n_end:verbs[-1].start()])), None)
        # (`حمّلت واشنطن مسؤوليته للفصائل، ثم ردّت مطلع فبراير بضربات`: who blamed, then answered)
        blamer = next((a for a in reversed(self.actors) if a.n_start in self.accusers and a.n_end <= verbs[-1].start()), None) \
            if _THEN_BEFORE.search(self.text, max(0, verbs[-1].start() - 6), verbs[-1].start()) else None
        return after or relative or blamer

    def _with_forces(self, actor: Actor) -> bool:
        """`Israeli jets`, `U.S. forces`: the actor is named with its armed forces right after it."""
        force = self.lexicon.forces.search(self.text, actor.n_end, min(len(self.text), actor.n_end + 25))
        return force is not None and not self.text[actor.n_end:force.start()].strip()

    def _demonym_before(self, trigger: Trigger) -> Actor | None:
        """`an Israeli airstrike`, `U.S. strikes`, `Israel's strikes`: the adjective, name or possessive
        right before an English attack noun is its author (a name before a modifier may be the place:
        `the Jordan drone attack`)."""
        if self.arabic or trigger.verb:
            return None
        before = [a for a in self.actors if a.n_end <= trigger.n_start and a.mention.kind == "State" and (
                  (a.mention.form == "demonym" and re.fullmatch(_MODIFIERS, self.text[a.n_end:trigger.n_start]))
                  or (a.mention.form in ("name", "alias") and re.fullmatch(r"\s*", self.text[a.n_end:trigger.n_start])
                      and not DEFINITE_BEFORE.search(self.text[:a.n_start]))  # `U.S. strikes`, not `the Damascus strike`
                  or _POSSESSIVE.fullmatch(self.text, a.n_end, trigger.n_start))]  # `Israel's strikes`
        owners = [a for a in self.actors if a.n_end <= trigger.n_start and a.mention.kind in ("Proxy", "State")
                  and (_POSSESSIVE.fullmatch(self.text, a.n_end, trigger.n_start)  # `Hamas' Oct. 7 attack`
                       or (a.mention.kind == "Proxy" and re.fullmatch(_MODIFIERS, self.text[a.n_end:trigger.n_start]))  # `the Houthi attacks`
                       or _LED.fullmatch(self.text, a.n_end, trigger.n_start))]  # `the Hamas-led attack`, `U.S.-led strikes`
        before += owners
        return max(before, key=lambda a: a.n_end) if before else None

    def opening_subject(self, reach: int = 2, end: int | None = None) -> Actor | None:
        """The side a sentence opens with, which a later verb joined to the first shares
        (`وصعّدت إسرائيل عملياتها، واغتالت`, `Hezbollah, the group that ..., called ... and said`):
        named within its first `reach` words (and before `end`), not after a preposition."""
        # (past a short phrase set before the clause: `في المقابل، تبنّت «المقاومة» الهجوم ... وتوعدت`)
        lead = _LEADING_PHRASE.match(self.text)
        start = lead.end() if lead else 0
        return next((a for a in self.actors if a.mention.kind != "Place" and (end is None or a.n_end <= end)
                     and (words(self.text[:a.n_start]) <= reach or (a.n_start >= start and words(self.text[start:a.n_start]) <= reach))
                     and not _PREPOSITION_ATTACHED.search(self.text, 0, a.n_start)
                     and not _PLACE_PREPOSITION.search(self.text, max(0, a.n_start - 5), a.n_start)), None)

    def pronoun_subject(self, trigger: Trigger) -> bool:
        """`قال الجيش إنها استهدفت مواقع للحزب`, `a strike, which the army said killed X`: the
        verb's subject is a pronoun or a relative standing for an act named before."""
        return trigger.verb and bool(_PRONOUN_BEFORE.search(self.text[:trigger.n_start]))

    def _assassinated(self, trigger: Trigger) -> Incident | None:
        """`واغتيل رئيس المكتب السياسي لحركة حماس إسماعيل هنية في طهران`: the passive's subject, after it
        with its titles, was killed; by whom the text blames, if anyone."""
        # (`اغتيل بغارة إسرائيلية`: the side of the strike it was done by is its author, not a victim)
        means = _BY_STRIKE.match(self.text, trigger.n_end)
        by = [a for a in self.actors if means and a.n_start >= means.end() and words(self.text[means.end():a.n_start]) == 0
              and a.mention.kind in ("State", "Proxy")]
        victims = [a for a in self.actors if a.n_start >= trigger.n_end and words(self.text[trigger.n_end:a.n_start]) <= 8
                   and not CLAUSE_BREAK.search(self.text, trigger.n_end, a.n_start) and a.mention.kind != "Place" and a not in by]
        if not victims:
            # (`وكان نصر الله قد اغتيل`: the subject told before the passive verb)
            clause = clause_before(self.text, trigger.n_start, self.lexicon)
            victims = [a for a in self.actors if clause <= a.n_start and a.n_end <= trigger.n_start and a.mention.kind != "Place"]
        authors = (by[0].key,) if by else self.accused_authors()
        targets = [k for a in victims[:2] for k in _target_keys(a) if k not in authors]
        return Incident(trigger.type, authors, tuple(dict.fromkeys(targets)), victim_named=True) if targets else None

    def _launched_from_state(self, trigger: Trigger) -> Actor | None:
        """`اعترض صاروخاً أُطلق من اليمن`: an Arabic verb right after a weapon is its passive participle,
        and the state after `من` is where the weapon came from."""
        if not (trigger.verb and (_WEAPON_BEFORE if self.arabic else _WEAPON_BEFORE_EN).search(self.text, max(0, trigger.n_start - 25), trigger.n_start)):
            return None  # (and `a ballistic missile fired from Yemen`)
        return next((a for a in self.actors if a.mention.kind == "State" and _FROM_ONLY.fullmatch(self.text, trigger.n_end, a.n_start)), None)

    def _replied_with(self, trigger: Trigger) -> Actor | None:
        """`The rebels answered with ballistic missiles fired at Israel`: the participle's act is by
        whoever answered."""
        if self.arabic or not trigger.verb:
            return None
        clause = clause_before(self.text, trigger.n_start, self.lexicon)
        reply = _REPLIED_WITH.search(self.text, clause, trigger.n_start)
        if reply is None:
            return None
        return next((a for a in reversed(self.actors) if clause <= a.n_start and a.n_end <= reply.start() and a.mention.kind != "Place"), None)

    def passive(self, trigger: Trigger) -> bool:
        """`Haniyeh killed in Tehran`, `was hit`, `have been killed`: the subject suffered the act."""
        if self.arabic or not trigger.verb or not trigger.word.endswith(("ed", "hit", "struck")):
            return False
        if any(t.type == "Attack" and not t.verb and t.n_end <= trigger.n_start and not self.text[t.n_end:trigger.n_start].strip()
               for t in self.triggers):
            return False  # `as the strikes hit, vowing`: the act's noun is the subject
        if _PASSIVE_BEFORE.search(self.text[:trigger.n_start]):
            return True
        # (`Israeli jets struck near the palace`: forces right before the verb are its subject, no passive)
        # (`its fighters had fired on`: an auxiliary between is still the active voice)
        def right_before(end: int) -> bool:
            return not _AUXILIARIES.sub("", self.text[end:trigger.n_start]).strip()
        forces = [m for m in self.lexicon.forces.finditer(self.text, max(0, trigger.n_start - 25), trigger.n_start) if right_before(m.end())]
        # (`when Israel hit near the presidential palace`: a state or group named right before acts)
        acting = [a for a in self.actors if a.mention.kind in ("State", "Proxy") and a.mention.form in ("name", "alias", "metonym", "anaphora")
                  and right_before(a.n_end)]
        return not forces and not acting and bool(_PASSIVE_AFTER.match(self.text[trigger.n_end:]))

    def _arabic_claimant(self, trigger: Trigger) -> Actor | None:
        """`أعلنت جماعة الحوثي مسؤوليتها عن هجوم`: who claims responsibility for the act did it."""
        claim = _CLAIM_RESPONSIBILITY.search(self.text[:trigger.n_start])
        if not claim:
            return None
        inside = [a for a in self.actors if claim.start(1) <= a.n_start and a.n_end <= claim.end(1)]
        return inside[0] if inside else None

    def _aspectual_subject(self, trigger: Trigger) -> Actor | None:
        """`حين بدأ الحزب المدعوم من إيران قصف مواقع إسرائيلية`: the act begun, resumed or stepped up is
        the subject's of the verb that governs it; so are sanctions imposed (`فرض وزارة الخزانة
        الأميركية، يوم الاثنين، عقوبات`)."""
        if not self.arabic:
            return None
        governing = _IMPOSED_BEFORE if trigger.type == "Sanction" else _ASPECTUAL_BEFORE
        verb = governing.search(self.text, max(0, trigger.n_start - 80), trigger.n_start)
        if verb is None or self.lexicon.complementizer.search(self.text, verb.end("verb"), trigger.n_start):
            return None  # (`ولم تنفّذ الكتائب تهديدها حتى بعد أن قصفت واشنطن`: a clause of its own)
        between = next((a for a in self.actors if verb.end("verb") <= a.n_start < trigger.n_start and a.mention.kind != "Place"), None)
        if between is None and governing is _ASPECTUAL_BEFORE and verb.group("joined"):
            return self.opening_subject(end=verb.start())  # `واغتالت إسرائيل نصر الله ..., ثم بدأت توغلاً`: the first verb's subject
        return between

    def _claiming_subject(self, trigger: Trigger) -> Actor | None:
        """`وتبنى المتحدث العسكري باسم الجماعة يحيى سريع الهجوم`: the subject after an Arabic verb of
        claiming, past the titles that name it, claims the act."""
        if not (self.arabic and trigger.verb and self.lexicon.claim.fullmatch(trigger.word)):
            return None
        return next((a for a in self.actors if a.n_start >= trigger.n_end and words(self.text[trigger.n_end:a.n_start]) <= 6
                     and not CLAUSE_BREAK.search(self.text, trigger.n_end, a.n_start) and a.mention.kind != "Place"), None)

    def _relative_agent(self, trigger: Trigger) -> Actor | None:
        """`العقوبات التي أعادت واشنطن فرضها`, `the sanctions that Washington reimposed`: the
        subject of a relative clause on an act's noun is its author."""
        if trigger.verb:
            return None
        relative = _RELATIVE_AFTER.match(self.text, trigger.n_end)
        if not relative:
            return None
        reach = 1 if self.arabic else 0  # Arabic: the verb comes first (`التي أعادت واشنطن`)
        after = [a for a in self.actors if a.n_start >= relative.end() and words(self.text[relative.end():a.n_start]) <= reach
                 and a.mention.kind != "Place"]
        if not after:
            return None
        # `an attack that Hamas and Iran blamed on Israel`, `that Syria's defence ministry blamed on Israel`: who blames did not act
        return None if self._blames_next(after[0]) else after[0]

    def _antecedent_subject(self, trigger: Trigger) -> Actor | None:
        """`The Houthis, who are backed by Iran, fired`: the subject stands before the relative clause."""
        relative = RELATIVE_BEFORE.search(self.text[:trigger.n_start])
        if not relative:
            return None
        before = [a for a in self.actors if a.n_end <= relative.start() and a.mention.kind != "Place"
                  and not CLAUSE_BREAK.search(self.text[a.n_end:relative.start()])]
        return before[-1] if before else None

    def _after_speaker_phrase(self, trigger: Trigger) -> int:
        """`دان المتحدث باسم الخارجية الإيرانية الضربات`: without `أن`/`that` after the verb of
        saying, the actors up to the trigger are the speaker, not the agent."""
        speech = list(self.lexicon.speech.finditer(self.text, 0, trigger.n_start))
        if not speech or not self.arabic:  # English is SVO: after the verb comes its object
            return 0
        last = speech[-1]
        complement = list(self.lexicon.complementizer.finditer(self.text, last.end(), trigger.n_start))
        return complement[-1].end() if complement else trigger.n_start

    def _blames_next(self, actor: Actor) -> bool:
        """`that Syria's defence ministry blamed on Israel`, `that Hamas, Iran and Hezbollah blamed`: the side
        (with its organ, or those listed with it) is the subject of a verb of blaming a few words on."""
        verb = self.lexicon.accusation.search(self.text, actor.n_end, actor.n_end + 60)
        return verb is not None and words(self.text[actor.n_end:verb.start()]) <= 4 and not re.search(r"[.;]", self.text[actor.n_end:verb.start()])

    def _after_speech(self, actor: Actor) -> bool:
        """`ودانت السعودية الضربات`: the actor right after an Arabic verb of saying is its speaker (not past a
        comma); in English it begins what was said (`the network said RSF fighters stormed`)."""
        if not self.arabic:
            return False
        before = re.split(r"[,،;:]", self.text[:actor.n_start])[-1]
        words = re.findall(r"[\w-]+", before)[-2:]
        if words and self.lexicon.complementizer.fullmatch(words[-1]):
            return False  # (`وقال إن إسرائيل ستضرب`: past `إن` begins what was said, and its subject)
        return any(self.lexicon.speech.fullmatch(w) for w in words)

    def _after_attack_noun(self, actor: Actor) -> bool:
        """`هجوم أنقرة`: a capital in the genitive of an attack noun names the place."""
        words = re.findall(r"[\w-]+", self.text[:actor.n_start])
        return bool(words) and bool(self.lexicon.nouns["Attack"].fullmatch(words[-1]))

    def _claimant(self, trigger: Trigger, part_end: int) -> Actor | None:
        """`an attack ... which the PKK claimed`: the subject of a later verb of claiming."""
        for m in self.lexicon.claim.finditer(self.text, trigger.n_end, part_end):
            if any(trigger.n_end <= t.n_start < m.start() and t.type == "Attack" and not act_is_subject_of(self.text, trigger.n_end, t)
                   for t in self.triggers):
                return None  # the claim belongs to a nearer attack
            before = [a for a in self.actors if trigger.n_end <= a.n_start and a.n_end <= m.start()
                      and words(self.text[a.n_end:m.start()]) <= 2]
            # (Arabic puts the claimant after the verb: `تفجيرين ... وتبناهما تنظيم «داعش»`)
            after = [a for a in self.actors if a.n_start >= m.end() and words(self.text[m.end():a.n_start]) <= 2
                     and a.mention.kind != "Place"] if self.arabic else []
            if before or after:
                return after[0] if after else before[-1]
        return None

    def _claimed_before(self, trigger: Trigger, part_start: int) -> Actor | None:
        """`The Islamic Resistance in Iraq, an umbrella of factions, has claimed scores of drone
        attacks`: the subject of a verb of claiming just before the act (past an apposition)."""
        if self.arabic:
            return None
        # (`claimed responsibility on Friday for this week's deadly assault`: `for` names the act claimed, farther on)
        claims = [m for m in self.lexicon.claim.finditer(self.text, part_start, trigger.n_start)
                  if words(self.text[m.end():trigger.n_start]) <= (7 if _CLAIMED_FOR.search(self.text, m.end(), trigger.n_start) else 4)
                  and not any(m.end() <= a.n_start and a.n_end <= trigger.n_start for a in self.actors)]  # (`an attack the PKK claimed, Turkey bombed`)
        if not claims:
            return None
        verb = claims[-1]
        before = [a for a in self.actors if part_start <= a.n_start and a.n_end <= verb.start()
                  and _SUBJECT_GAP.fullmatch(self.text[a.n_end:verb.start()])]
        # (else a name set off as an apposition: `The group's military spokesman, Yahya Saree, claimed`)
        return before[-1] if before else self._apposed_name(verb.start())

    def _speaker_of_pronoun(self, clause: int, trigger: Trigger) -> Actor | None:
        """`The Israeli military said it struck`, `قال الجيش إنه قصف`: the speaker is the agent."""
        pronouns = list(PRONOUN_SUBJECT.finditer(self.text, clause, trigger.n_start))
        # (`said its jets and artillery hit`: the forces named do not count)
        if clause == 0 or not pronouns or not trigger.verb or self._words_but_forces(pronouns[-1].end(), trigger.n_start) > 2:
            return None
        # (and a nominal announcement: `بعد ساعات من إعلان كتائب القسام أنها قصفت`)
        speech = [m for m in (*self.lexicon.speech.finditer(self.text, 0, trigger.n_start), *_ANNOUNCEMENT.finditer(self.text, 0, trigger.n_start))
                  if m.end() <= clause]
        if not speech:
            return None
        speaker = self._speaker_at(max(speech, key=lambda m: m.start()))
        if speaker is not None and speaker.mention.kind == "Official" and re.fullmatch(r"they|their", pronouns[-1].group()):
            return None  # (`Trump said: "they killed an Israeli soldier"`: one man's `they` are others)
        return speaker

    def _speaker_at(self, verb) -> Actor | None:
        """Who says: before the verb in English (`X said`), after it in Arabic (`قال X`); a verb
        joined by `and` to the sentence's first (`Hezbollah, the group that ..., called the killing
        an assault and said`) is the sentence subject's."""
        end = verb.start()
        if not self.arabic and re.search(r"\b(?:it|they)\s+$", self.text[:end]):
            return self.opening_subject(reach=6)  # (`Hezbollah said ... with Israel, a day after it said it had fired`: it is the subject)
        if not self.arabic and re.search(r"\band\s+$", self.text[:end]):
            opening = self.opening_subject()
            if opening is not None:
                return opening
        relative = RELATIVE_BEFORE.search(self.text[:end]) or self._apposition_before(end)
        if relative:
            end = relative.start()  # `Trump, who pulled out of the deal, warned`: skip the relative clause
        # (`the Houthi movement in Yemen, which ..., said`: a state after `in` is where the speaker is)
        # (a group after `in` is the speaker's own: `غرفة عمليات المقاومة الإسلامية في حزب الله أعلنت`)
        speakers = [a for a in self.actors if a.mention.kind != "Place"
                    and not (a.mention.kind == "State" and a.mention.form != "demonym"
                             and _PLACE_IN_BEFORE.search(self.text, max(0, a.n_start - 12), a.n_start))]
        before = [a for a in speakers if a.n_end <= end and words(self.text[a.n_end:end]) <= 4
                  and not re.search(r"[;.]" if not self.arabic else r"[;.,،]", self.text[a.n_end:end])]
        # `قالت إنها استهدفت فيلق القدس`: past `that`/`إن` comes what was said, not who says it
        after = [a for a in speakers if a.n_start >= verb.end() and words(self.text[verb.end():a.n_start]) <= 6
                 and not re.search(r"[;.]", self.text[verb.end():a.n_start])
                 and not _ADDRESSED_BEFORE.search(self.text, max(0, a.n_start - 30), a.n_start)  # (`وأضاف مخاطباً الإسرائيليين`)
                 and not self.lexicon.complementizer.search(self.text, verb.end(), a.n_start)]
        # (`وكان ترمب قد حذر حماس`: with `كان ... قد`, the subject comes before the verb)
        # (and without قد: `وكان جيش الاحتلال أعلن السبت`)
        subject_first = not self.arabic or _PAST_PERFECT.search(self.text[:verb.start()]) is not None \
            or _KANA_SUBJECT.search(self.text[:verb.start()]) is not None
        ordered = (before[-1:] + after[:1]) if subject_first else (after[:1] + before[-1:])
        return ordered[0] if ordered else None

    def _apposition_before(self, end: int) -> re.Match | None:
        """`Hossein Akbari, Iran's ambassador to Syria, said`: the apposition between a named
        speaker and the verb (a state inside it is not who speaks)."""
        apposition = _APPOSITION_END.search(self.text, 0, end)
        if apposition is None or self.arabic:
            return None
        if not _DESCRIPTION_HEAD.fullmatch(apposition["head"]) and not self.lexicon.titles.search(self.text, apposition.start(), end):
            return None  # (a title makes one too: `Hussein al-Ezzi, deputy foreign minister in the Houthi administration, warned`)
        head = [a for a in self.actors if a.n_end <= apposition.start() and not self.text[a.n_end:apposition.start()].strip()]
        return apposition if head and head[-1].mention.kind in ("Official", "Proxy", "State", "Organ") else None

    def coordinated(self, actor: Actor) -> list[str]:
        """The actor and those joined to it by `and`, `و` or commas: `the US and Britain struck`."""
        return list(dict.fromkeys(a.key for a in self._coordinated_actors(actor)))

    def _coordinated_actors(self, actor: Actor) -> list[Actor]:
        index = self.actors.index(actor)
        low = high = index
        while low > 0 and self._joined(self.actors[low - 1], self.actors[low]):
            low -= 1
        while high < len(self.actors) - 1 and self._joined(self.actors[high], self.actors[high + 1]):
            high += 1
        return self.actors[low:high + 1]

    def agents(self, agent: Actor | None) -> tuple[str, ...]:
        """The side that acts: the agent and those coordinated with it, less who denies or is
        only accused, and less the mentions that suffer an act of the sentence."""
        if agent is None:
            return ()
        return tuple(dict.fromkeys(a.key for a in self._coordinated_actors(agent)
                                   if a.key not in self.excluded and a.n_start not in self.victims | self.accusers))

    def _joined(self, first: Actor, second: Actor) -> bool:
        if first.n_start == second.n_start and first.mention.form == second.mention.form == "bloc":
            return True  # the members of one bloc (`the E3`)
        joint = self.text[first.n_end:second.n_start]
        if not self.arabic and re.match(r"\s*,\s*and\b", joint) and _CLAUSE_VERB_AFTER.match(self.text[second.n_end:]):
            return False  # `... at a base in Jordan, and the United States responded`: a new clause
        if re.match(r"\s*[,،]", joint) and _LEADING_PLACE.search(self.text, 0, first.n_start):
            return False  # `In Yemen, U.S. strikes ...`, `وفي دمشق، أفادت`: a place set before the clause
        if first.mention.form == "demonym" and _HEAD_AND.fullmatch(joint):
            return True  # `between an Israeli delegation and Hamas`
        adjectives = second.mention.form == "demonym" and (first.mention.form == "demonym" or self.text[first.n_end - 1:first.n_end] in ("ه", "ي"))
        if (adjectives and re.fullmatch(r"\s*(?:و|-)?(?:ال)?", joint)) \
                or (first.mention.kind == second.mention.kind == "State" and joint == "-"):
            return True  # `العدوان الأميركي البريطاني`, `القوات الأميركية والبريطانية`, `U.S.-British strikes`: one act of both
        return bool(re.search(r"[,،]|\band\b|و", joint)) and bool(JOINT.fullmatch(joint))

    def _is_state(self, key: str) -> bool:
        return any(a.key == key and a.mention.kind in ("State", "Organ", "Official") for a in self.actors) and \
            not any(a.key == key and a.mention.kind == "Proxy" for a in self.actors)

    def _announced_operation(self, trigger: Trigger) -> Actor | None:
        """`أعلن الحوثيون أمس إغراق سفينة`, `أعلنت سرايا القدس إطلاق رشقات صاروخية`: who announces targeting,
        sinking, launching or shelling, the noun its direct object (not `أعلن الحزب مقتل قائده`, whose announcer lost him)."""
        if not (self.arabic and _OPERATION_NOUN.fullmatch(trigger.word)):
            return None
        verb = next(reversed(list(_ANNOUNCE_VERB.finditer(self.text, 0, trigger.n_start))), None)
        if verb is None or self.lexicon.complementizer.search(self.text, verb.end(), trigger.n_start):
            return None
        # (past the announcer's apposition: `أعلنت سرايا القدس، الجناح العسكري لحركة الجهاد، اليوم قصف`)
        between = _without_inserts(self.text[verb.end():trigger.n_start], _LONG_INSERT)
        if CLAUSE_BREAK.search(between) or words(between) > _ANNOUNCER_WORDS:
            return None
        return next((a for a in self.actors if verb.end() <= a.n_start < trigger.n_start and a.mention.kind != "Place"), None)

    def _patient_noun(self, trigger: Trigger) -> bool:
        """`the killing of X`, `اغتيال X`: the actor that follows is the victim (but in `اغتيال إسرائيل
        أبرز قادته`, a side in the genitive with an object after it is the one who killed)."""
        if trigger.verb or not self.lexicon.patient_nouns.fullmatch(trigger.word):
            return False
        genitive = next((a for a in self.actors if a.n_start >= trigger.n_end), None)
        return not (self.arabic and genitive is not None and not self.text[trigger.n_end:genitive.n_start].strip()
                    and genitive.mention.kind in ("State", "Proxy") and _OBJECT_AFTER_AGENT.match(self.text, genitive.n_end))

    def _possessed(self, actor: Actor) -> Actor:
        """`Yemen's Houthi rebels`, `Yemen's Iran-backed Houthi rebels`: the possessed, not the possessor."""
        following = [a for a in self.actors if a.n_start >= actor.n_end]
        if following and re.fullmatch(r"'s\s+(?:[\w-]+\s+){0,2}", self.text[actor.n_end:following[0].n_start]):
            return following[0]
        return actor

    def speaker(self, trigger: Trigger) -> Actor | None:
        """Who says the statement: `X said`, `قال X`, `"...," X said`; within the trigger's part of
        the sentence when that part has a verb of saying (`هدد ترمب ...، فيما قال خامنئي`)."""
        start, end = sentence_part(self.text, trigger.n_start)
        verbs = list(self.lexicon.speech.finditer(self.text))
        own = [m for m in verbs if start <= m.start() and m.end() <= end]
        # (a speaker in a later Arabic part is another statement's: `هددت الكتائب ...، فيما أعلن سريع أن`)
        others = [m for m in verbs if m.end() <= start] + ([m for m in verbs if m.start() >= end] if not self.arabic else [])
        for m in own or others:
            speaker = self._speaker_at(m)
            if speaker is not None:
                return speaker
        participle = self.lexicon.speech_participles.search(self.text, 0, trigger.n_end)  # (`متوعداً` may be the trigger)
        if participle is not None:  # `..., قائلاً: «ستدفع ثمناً باهظاً»`: who the sentence opened with
            return self.opening_subject(reach=6, end=participle.start())
        return None

    def targets(self, trigger: Trigger, exclude: set[str], every_later_actor: bool = False) -> list[str]:
        text = self.text
        _, part_end = sentence_part(text, trigger.n_start)
        if every_later_actor:
            part_end = min(part_end, clause_after(text, trigger.n_end))
        found = []
        # (a place is where an act hit, not whom sanctions name: `blacklisted them over abuses in Afrin`)
        # (`باستهداف عناصر الأمن بقذائف الهاون، وهو ما نفته «حركة رجال الكرامة»`: who denies the act just told was not hit by it)
        deniers = {key for where, key in self.deniers_after if trigger.n_end <= where
                   and not any(t.type == "Attack" and trigger.n_end <= t.n_start < where for t in self.triggers)}
        later = [a for a in self.actors if trigger.n_end <= a.n_start < part_end and a.key not in exclude and a.key not in deniers
                 and not (a.mention.kind == "Place" and trigger.type == "Sanction")
                 and not LAUNCHED_FROM.search(text, max(0, a.n_start - 30), a.n_start)]  # (`أصاب صاروخ أُطلق من إيران مبنى`: where it came from)
        for actor in later:
            window = text[trigger.n_end:actor.n_start]
            if self.lexicon.speech.search(window) and not _WHAT_SAID.search(window) and not _WERE_REPORTED.search(window):
                break  # (`pounded what the military said were Hezbollah targets`: the object, not a statement)
            if _CAUSE_WORDS.search(window):
                break  # `fired missiles at Israel, saying it was avenging Nasrallah`: what is avenged was not hit
            if _LEFT_OUT.search(window):
                break  # `حملة غارات أميركية ...، دون أن يشمل الهجمات على إسرائيل`: what a deal left out was not hit
            if _DESPITE.search(window):
                break  # `تشن غارات على لبنان رغم اتفاق ... بوساطة واشنطن`: what the act goes on despite was not hit
            if _CARGO.search(window):
                break  # `seized a tanker carrying Iraqi crude to Turkey`: the cargo's origin and destination were not hit
            if trigger.type == "Attack" and any(t.type in PARTY_TYPES and trigger.n_end <= t.n_start and t.n_end <= actor.n_start
                                                for t in self.triggers):
                break  # `وتلقي الضربات بظلالها على الحوار ... ضد تنظيم داعش`: what the talks are about was not hit
            if _TIMED_AFTER_IN.search(window):
                break  # `the attacks came hours after President Donald Trump revoked`: another event's actors
            if not self.arabic and _AS_SUBJECT_BEFORE.search(window):
                break  # `presses raid on Jenin as Trump lifts sanctions`: the subject of another clause
            if self._another_act_in_time(trigger, actor):
                break  # `اغتيال شكر ..., قبل ساعات من اغتيال هنية في طهران`: the later act's victims
            if not self.arabic and _NEXT_VERB.search(window):
                break  # `clashes killed dozens and prompted Israel to strike`: the object of another verb
            if not self.arabic and _AND_NOW.search(window) and _SAYS_AFTER.match(text, actor.n_end):
                break  # `air strikes put Sanaa's airport out of service and President Donald Trump said`: a new clause's subject
            if not self.arabic and not trigger.verb and words(window) <= 1 and _REDUCED_RELATIVE_VERB.match(text, actor.n_end):
                continue  # `an assassination Israel acknowledged`, `an attack Israel blamed on Hamas`: the clause's subject
            if self._marked(actor, self.lexicon.helpers, trigger.n_end) or self._marked(actor, self.lexicon.partners, trigger.n_end) \
                    or self._done_with(trigger, actor):
                continue  # `with support from Australia and Bahrain`: who helped, not who was hit
            if self._marked(actor, self.lexicon.supported, trigger.n_end):
                continue  # `opened fire in support of its ally Hamas`, `دعماً لغزة`: for whom, not at whom
            linked = trigger.type == "Attack" and LINKED_TO.search(text, max(0, actor.n_start - 40), actor.n_start) is not None
            # (`seized the Galaxy Leader, a ship linked to an Israeli businessman`: the side the ship is linked to)
            if linked or every_later_actor or self._marked(actor, self.lexicon.target, trigger.n_end) \
                    or ((trigger.verb or self._patient_noun(trigger)) and actor is later[0] and words(window) <= 3):
                found += [k for k in _target_keys(actor) if k not in found]
        return found

    def _another_act_in_time(self, trigger: Trigger, actor: Actor) -> bool:
        """Between the act and the actor, another act placed in time from it (`hours before the
        assassination of`, `بعد يومين من قصف`)."""
        return any(other.type == "Attack" and trigger.n_end < other.n_start < actor.n_start
                   and TIMED_FROM.search(self.text, max(0, other.n_start - 30), other.n_start) for other in self.triggers)

    def hypothetical(self, trigger: Trigger) -> bool:
        """An act in a conditional clause, negated, or announced for the future did not take place."""
        clause = clause_before(self.text, trigger.n_start, self.lexicon)
        # (`مشتاق طالب السعيدي`: a word inside a name is no call for an act)
        conditions = [m for m in self.lexicon.conditional.finditer(self.text, 0, trigger.n_start) if not _month_may(self.text, m)
                      and not any(a.n_start <= m.start() and m.end() <= a.n_end for a in self.actors)]
        if any(m.start() >= clause for m in conditions):
            return True
        # `مقترح مصري - قطري لوقف إطلاق النار`: a proposal a few words before, whatever the punctuation
        close = [m for m in conditions + list(self.lexicon.unrealised.finditer(self.text, 0, trigger.n_start))
                 if words(self.text[m.end():trigger.n_start]) <= 3 and not re.search(r"[.;]", self.text[m.end():trigger.n_start])]
        if close or self._any_act(trigger) or self._called_off(trigger):
            return True
        return self._negated(trigger)

    def _called_off(self, trigger: Trigger) -> bool:
        """`the war scuttled a sixth round of talks`, `the meeting was postponed`, `أُلغيت الجولة`: what is
        called off a few words before it, or right after it, did not take place."""
        before = any(words(self.text[m.end():trigger.n_start]) <= 4 and not CLAUSE_BREAK.search(self.text, m.end(), trigger.n_start)
                     for m in self.lexicon.called_off.finditer(self.text, max(0, trigger.n_start - 60), trigger.n_start))
        if _NOT_HELD_AFTER.match(self.text, trigger.n_end):
            return True  # `جولة المفاوضات ...، التي كانت مقررة في مسقط اليوم، لن تُعقد`, `the talks ... will not take place`
        after = self.lexicon.called_off.search(self.text, trigger.n_end, trigger.n_end + 30)
        if after is not None and _PASSIVE_GAP.fullmatch(self.text, trigger.n_end, after.start()) is not None:
            return True
        # `جولة سادسة في مسقط في 15 يونيو، قبل أن تُلغى`, `a sixth round set for June 15 before it was cancelled`
        later = _BEFORE_CALLED_OFF.search(self.text, trigger.n_end)
        return before or (later is not None and words(self.text[trigger.n_end:later.start()]) <= 8)

    def _left_open(self, trigger: Trigger) -> bool:
        """`without saying whether it would retaliate`, `لم يوضح ما إذا كان سيرد`: a reply left open threatens no one."""
        return bool(_WHETHER.search(self.text, max(0, trigger.n_start - 40), trigger.n_start))

    def _any_act(self, trigger: Trigger) -> bool:
        """`any renewed attack`, `أي اعتداء`, `أدنى اعتداء`: an act named as the condition of a reply."""
        return bool(_ANY_BEFORE.search(self.text, max(0, trigger.n_start - 30), trigger.n_start))

    def _negated(self, trigger: Trigger) -> bool:
        """`did not strike`, `neither side would target the other`, `لم تستهدف`."""
        if trigger.verb and _NO_OBJECT.match(self.text, trigger.n_end):
            return True  # `has carried out no air strikes`, `have fired no missiles`
        near = self.text[max(0, trigger.n_start - 25):trigger.n_start]
        negations = list(self.lexicon.negation.finditer(near))
        between = near[negations[-1].end():] if negations else ""
        if negations and words(between) <= 2 and not re.search(r"[،,;:]", between) and not self.lexicon.scope.search(between) \
                and not _IF_BEFORE.search(near, 0, negations[-1].start()):
            # (`if the hostages are not released, the gates of hell will open`, `وإذا لم تفعل فسيتم القضاء عليها`:
            # the condition is negated)
            return True
        if trigger.type == "Talks" and _WILL_NOT_BEFORE.search(self.text, max(0, trigger.n_start - 60), trigger.n_start):
            return True  # `لن يتوجه إلى واشنطن لإجراء محادثات`, `will not travel to Washington for talks`
        # `ولم يصدر عن التنظيم أي بيان يتبنى فيه الهجوم`: no statement claiming it
        return bool(_ANY_STATEMENT.search(self.text, 0, trigger.n_start)) and self.lexicon.negation.search(self.text, 0, trigger.n_start) is not None

    def _announced(self, trigger: Trigger) -> bool:
        """`Israel's strike on Iran would be lethal`: a future attack announced by a speaker is a threat."""
        if not FUTURE_AFTER.match(self.text[trigger.n_end:]) or self._any_act(trigger) or self.lexicon.conditional.search(
                self.text[clause_before(self.text, trigger.n_start, self.lexicon):trigger.n_start]):
            return False
        if _CONSEQUENCE_AFTER.match(self.text, trigger.n_end):
            return False  # `warned that the Israeli ground offensive would complicate the talks`: what it would cause, no threat
        return self.speaker(trigger) is not None

    def threatened(self, trigger: Trigger, triggers: list[Trigger]) -> bool:
        """`vowed to attack`, `متوعداً بمواصلة الهجمات`: the attack is the content of a threat."""
        # (past an aside: `وتوعّد نتنياهو، في خطابه أمام الجمعية العامة الجمعة، بضرب إيران`)
        return any(t.type == "Threat" and t.n_start <= trigger.n_start and t is not trigger
                   and words(between := _without_inserts(_without_inserts(self.text[t.n_end:trigger.n_start], _SPEECH_ASIDE))) <= _THREAT_REACH
                   and not CLAUSE_BREAK.search(between)
                   and not _AFTER_ANOTHER.search(self.text, t.n_end, trigger.n_start) for t in triggers)

    def _threat_content(self, trigger: Trigger, triggers: list[Trigger]) -> bool:
        """`توعد رئيسي إسرائيل برد قاس`: the words of a threat already read in the clause."""
        return any(t.type == "Threat" and t.n_end <= trigger.n_start and not CLAUSE_BREAK.search(_without_inserts(self.text[t.n_end:trigger.n_start], _LONG_INSERT))
                   and not RESPONDED.search(self.text, t.n_end, trigger.n_start)  # (`لوّح ترمب ...، ليرد خامنئي بأن`: another's words)
                   and self._threat(t) is not None for t in triggers)

    def incident(self, trigger: Trigger, triggers: list[Trigger]) -> Incident | None:
        if trigger.type in PARTY_TYPES:
            return self._between_parties(trigger)
        if trigger.type == "Threat":
            return None if self._threat_content(trigger, triggers) or self._political(trigger) or self._ceased(trigger) \
                or (trigger.verb and self._negated(trigger)) or self._left_open(trigger) or self._label(trigger) \
                or _CONSEQUENCE_AFTER.match(self.text, trigger.n_end) or self._condemned(trigger) else self._threat(trigger)  # (`warning it would turn the region into`)  # (`will not leave any threat unanswered` threatens)
        if self.threatened(trigger, triggers):
            return None
        if self._announced(trigger):
            threat = self._threat(trigger)
            return threat  # (with no target named here, whom its author fought just before: `with_context_targets`)
        if self.hypothetical(trigger) or self._exchanged(trigger) or _TO_STOP.search(self.text, 0, trigger.n_start) \
                or self._adjective(trigger) or self._aimed_by_sanctions(trigger, triggers) or self._label(trigger) or self._lifted(trigger) \
                or self._outside_scope(trigger):
            return None
        if self._patient_noun(trigger):
            authors = self.accused_authors() if trigger.type == "Attack" else ()
            announcer = self._announced_operation(trigger)
            if announcer is not None:  # `وأعلن حزب الله في بيان استهداف ثكنة برانيت`: the group tells of its own operation
                authors = self.agents(announcer)
            responder = self._responder(trigger) if self.arabic and trigger.word.startswith(("ب", "وب")) else None
            if responder is not None:  # (`ردّت واشنطن بغارات ...، ثم باغتيال القيادي`: a second means of the same side)
                authors = self.agents(responder)
            victims = [k for k in self.targets(trigger, set(), every_later_actor=False) if k not in authors]
            return Incident(trigger.type, authors, tuple(victims), victim_named=bool(victims)) if victims or announcer else None
        if self.arabic and trigger.verb and _ASSASSINATED.fullmatch(trigger.word):
            return self._assassinated(trigger)
        origin = self._launched_from_state(trigger)
        if origin is not None:  # `صاروخاً أُطلق من اليمن`: the state is where it came from (pipeline: the group based there)
            # (and where it fell, the place marked after it: `مسيرة أطلقت من اليمن في إيلات`)
            return Incident(trigger.type, (origin.key,), tuple(k for k in self.targets(trigger, {origin.key}) if k != origin.key))
        replier = self._replied_with(trigger)
        if replier is not None:
            authors = self.agents(replier)
            return Incident(trigger.type, authors, tuple(self.targets(trigger, set(authors))))
        if self.passive(trigger):
            return self._suffered(trigger)
        if trigger.passive:  # `بأن مقر إقامة هنية استُهدف`: who suffered it, not who told of it
            suffered = self._suffered(trigger)
            if suffered is not None:
                return suffered
            means = self._means_side(trigger)
            if means is not None:  # `قُصفت منشآت فوردو ونطنز بقنابل أميركية`: the side of the bombs, on what follows
                authors = self.agents(means)
                return Incident(trigger.type, authors, tuple(k for k in self.targets(trigger, set(authors)) if k not in authors))
        agent = self.subject(trigger)
        if trigger.type == "Attack" and agent is not None and self.lexicon.sanctioning_organs.search(self.text, agent.n_start, agent.n_end):
            return None  # `the Treasury targeted a network`: a sanction, no strike
        if trigger.defence:
            # the defender is the target; the attacker is whoever fired (from X, by X)
            # (`أعلن جيش الاحتلال السبت اعتراض صاروخ`: the side that tells of its interception made it)
            agent = agent or (self.speaker(trigger) if trigger.word.endswith("اعتراض") else None)
            targets = self.coordinated(agent) if agent else []
            return Incident(trigger.type, (), tuple(targets)) if targets else None
        perpetrators = self.agents(agent)
        if not perpetrators and agent is not None and agent.n_start in self.accusers and agent is self._responder(trigger):
            perpetrators = (agent.key,)  # (`حمّلت واشنطن مسؤوليته للفصائل، ثم ردّت بضربات`: who blamed answered with its own)
        if perpetrators:  # `شن ضربات عليها بالاشتراك مع بريطانيا`: the partners acted too
            perpetrators = tuple(dict.fromkeys(perpetrators + self._partners(trigger)))
        sufferers = self._sufferers(trigger)
        if sufferers:
            # `تلقى الحزب ضربات قاسية من إسرائيل`, `Hezbollah suffered heavy blows from Israel`
            source = next((a for a in self.actors if a.n_start >= trigger.n_end and _FROM_BEFORE.fullmatch(self.text, trigger.n_end, a.n_start)), None)
            # (or the act's own author between: `the Houthis have been under U.S. air strikes`)
            # (`لم تسلم حكومة طالبان من هجمات تنظيم داعش`: an Arabic act's genitive is its author)
            genitive = next((a for a in self.actors if self.arabic and not trigger.verb and a.n_start >= trigger.n_end
                             and words(self.text[trigger.n_end:a.n_start]) <= 1 and a.key not in sufferers), None)
            authors = self.agents(source) or (perpetrators if not self.arabic else self.agents(genitive)) \
                or (self.accused_authors() if trigger.type == "Attack" else ())  # (`لغارات قالت «المسيرة» إنها «أميركية»`)
            perpetrators = tuple(k for k in authors if k not in sufferers)
            targets = [k for k in sufferers if k not in perpetrators]
            return Incident(trigger.type, perpetrators, tuple(targets), victim_named=True)
        if trigger.type == "Sanction":
            owner = self._list_owner(trigger)  # `إدراج أربعة فصائل على لائحة الإرهاب الأميركية`: the list's state lists
            if owner is not None:
                perpetrators = (owner.key,)
            elif self._un_sanctions(trigger):  # `وطهران تربط مصيره بالعقوبات الأممية`: the UN's, not Tehran's
                perpetrators = self._snapback_triggerers()
            else:
                perpetrators = tuple(k for k in perpetrators if self._is_state(k)) or self._snapback_triggerers()
        # (`Hours before that strike, Hamas' armed wing fired`: an act referred back to hits only whom it is marked to)
        referred = not self.arabic and not trigger.verb and DEFINITE_BEFORE.search(self.text, 0, trigger.n_start) is not None
        targets = self.targets(trigger, set(perpetrators), every_later_actor=not referred)
        if trigger.type == "Sanction" and not targets:
            # `وتخضع سوريا لعقوبات أمريكية`, `Syria, which remains under U.S. sanctions`: who is subject to them
            # (`ويخضع الأمين العام لكتائب الإمام علي شبل الزيدي لعقوبات`: all the subject after the verb)
            subjected = [m.end() for m in _SUBJECTED_ARABIC.finditer(self.text, max(0, trigger.n_start - 80), trigger.n_start)
                         if not CLAUSE_BREAK.search(self.text, m.end(), trigger.n_start)]
            targets = [k for a in self.actors if a.n_end <= trigger.n_start
                       and (_SUBJECT_TO_SANCTIONS.fullmatch(self.text, a.n_end, trigger.n_start)
                            or (subjected and subjected[-1] <= a.n_start and words(self.text[subjected[-1]:a.n_start]) <= 4))
                       for k in _target_keys(a) if k not in perpetrators]
        if trigger.type == "Sanction" and not targets and not referred:
            # `sanctions on UAE-based firms that it said moved oil for a network funding the Houthis`: whom they aim at
            # (not `the sanctions came as Israel announced its heaviest loss`: sanctions told before)
            _, part_end = sentence_part(self.text, trigger.n_start)
            targets = list(dict.fromkeys(k for a in self.actors if trigger.n_end <= a.n_start < part_end and a.key not in perpetrators
                                         and a.mention.kind != "Place"
                                         for k in _target_keys(a)))  # (`the sanctions campaign Trump restored`: not Trump)
        if trigger.type == "Sanction" and not targets and perpetrators and not self.arabic:
            # `pulled out of the accord between Iran and world powers and restored sanctions`: on the other side named before
            part_start, _ = sentence_part(self.text, trigger.n_start)
            targets = list(dict.fromkeys(a.key for a in self.actors if part_start <= a.n_start < trigger.n_start
                                         and a.key not in perpetrators and a.mention.kind in ("State", "Proxy")))[:1]
        killed = [k for a in self.killed + self._killed_in(trigger) for k in _target_keys(a) if k not in perpetrators] \
            if trigger.type == "Attack" else []
        targets = list(dict.fromkeys(killed + list(targets)))  # `three U.S. soldiers were killed in a drone attack`
        if trigger.type == "Attack" and perpetrators and not targets:
            targets = [k for k in self._opening_place(trigger) if k not in perpetrators]
        if trigger.type == "Attack" and perpetrators and not targets and RESPONSE_TO.search(self.text, max(0, trigger.n_start - 60), trigger.n_start):
            # `وقالت إسرائيل إن الضربات جاءت ردا على صاروخ أطلقه الحوثيون`: the act answered was aimed at whoever answered it
            responder = self.speaker(trigger)
            targets = [responder.key] if responder is not None and responder.key not in perpetrators else []
        if trigger.type == "Attack" and not perpetrators and self.accused_authors():
            perpetrators = self.accused_authors()
            targets = [k for k in targets if k not in perpetrators]
        if not perpetrators and not targets:
            return None
        return Incident(trigger.type, perpetrators, tuple(targets), victim_named=bool(killed))

    def _opening_place(self, trigger: Trigger) -> list[str]:
        """`وفي جنوب لبنان، قُتل شخص في غارة إسرائيلية`, `In southern Lebanon, an Israeli strike killed`: the
        state the sentence opens in is where the act struck."""
        return [a.key for a in self.actors if a.n_end <= trigger.n_start and a.mention.kind in ("State", "Place")
                and _OPENING_IN.fullmatch(self.text, 0, a.n_start) and re.match(r"\s*[,،]", self.text[a.n_end:])][:1]

    def _means_of_verb(self, noun: Trigger, clause: int) -> bool:
        """`pounding the Houthis with airstrikes`, `قصفت تل أبيب بـ«رشقة صاروخية»`: an act named as the means of an
        act verb before it in its clause."""
        means = (noun.word.startswith(("ب", "وب")) or _QUOTED_MEANS.search(self.text, 0, noun.n_start)) if self.arabic \
            else _MEANS_WORD.search(self.text, clause, noun.n_start)
        return bool(means) and any(t.verb and t.type == noun.type and clause <= t.n_start < noun.n_start for t in self.triggers)

    def _un_sanctions(self, trigger: Trigger) -> bool:
        return bool(_UN_BEFORE.search(self.text, max(0, trigger.n_start - 20), trigger.n_start) or _UN_AFTER.match(self.text, trigger.n_end))

    def _list_owner(self, trigger: Trigger) -> Actor | None:
        """The state whose terrorism or sanctions list a sanction puts a side on, named by its adjective."""
        _, part_end = sentence_part(self.text, trigger.n_start)
        listed = _LIST.search(self.text, trigger.n_end, part_end)
        if listed is None:
            return None
        return next((a for a in self.actors if a.mention.form == "demonym" and self._is_state(a.key)
                     and (0 <= a.n_start - listed.end() <= 3 or 0 <= listed.start() - a.n_end <= 1)), None)  # (`ال` is outside the name)

    def _outside_scope(self, trigger: Trigger) -> bool:
        """`the truce did not cover attacks on Israel`, `لم يشمل الاتفاقُ الهجماتِ على إسرائيل`: acts named as what
        something else leaves out are not told as having taken place."""
        if trigger.verb:
            return False
        part_start, _ = sentence_part(self.text, trigger.n_start)
        # (the scope's object is the act: right after it, or after the truce as an Arabic verb's subject;
        # not `لم يشمل إسرائيل التي يواصل الحوثيون إطلاق الصواريخ نحوها`)
        agreements = [t.n_start for t in self.triggers if t.type == "Agreement"]
        return any(re.fullmatch(r"\s*(?:ان\s+)?", self.text[negation.end():scope.start()])  # (`دون أن يشمل`)
                   and (words(self.text[scope.end():trigger.n_start]) <= 2
                        or any(a >= scope.end() and words(self.text[scope.end():a]) == 0 for a in agreements))
                   for negation in self.lexicon.negation.finditer(self.text, part_start, trigger.n_start)
                   for scope in self.lexicon.scope.finditer(self.text, negation.end(), trigger.n_start))

    def _lifted(self, trigger: Trigger) -> bool:
        """`announced the lifting of U.S. sanctions on Syria`, `رفع العقوبات الأميركية`: sanctions lifted are none."""
        return trigger.type == "Sanction" and bool(_LIFTED_BEFORE.search(self.text, max(0, trigger.n_start - 60), trigger.n_start))

    def _aimed_by_sanctions(self, trigger: Trigger, triggers: list[Trigger]) -> bool:
        """`فرضت عقوبات ... استهدفت شبكات`, `sanctions targeting oil networks`: what sanctions aim at is not attacked."""
        if not _TARGETING.match(trigger.word):
            return False
        # (`a defence industry that Washington targeted in December 2020 with sanctions`: the means, after)
        means = any(t.type == "Sanction" and t.n_start > trigger.n_end and _WITH_BEFORE.search(self.text, trigger.n_end, t.n_start)
                    and words(self.text[trigger.n_end:t.n_start]) <= 6 for t in triggers)
        return means or any(t.type == "Sanction" and t.n_end <= trigger.n_start and not _AFTER_ANOTHER.search(self.text, t.n_end, trigger.n_start)
                            for t in triggers)  # (`sanctions after Houthi missiles targeted ships`: the missiles did hit)

    def _condemned(self, trigger: Trigger) -> bool:
        """`دفع فرنسا إلى التنديد بـ«التهديدات» الموجهة إلى غروسي`, `condemned the threats against him`: threats
        a side condemns are not its own."""
        return not trigger.verb and _CONDEMNING_BEFORE.search(self.text, max(0, trigger.n_start - 40), trigger.n_start) is not None

    def _label(self, trigger: Trigger) -> bool:
        """`ووصفها بأنها «اعتداء إرهابي شنيع»`, `called the killing a "serious assault on Lebanon"`: a name
        given to an act told already is no act of its own."""
        # (`ووصفتها الحكومة العراقية بـ"الاعتداء"`: the ب of the label found inside the trigger read past the quote)
        end = trigger.n_start + 1 if self.arabic and trigger.word.startswith("ب") else trigger.n_start
        label = _LABELLED.search(self.text, max(0, trigger.n_start - 60), end)
        # (but `نفّذ الجيش ما وصفها بـ«ضربات دقيقة»`, what it called strikes: the act done, in its doer's words)
        return not trigger.verb and label is not None and not _WHAT_IT_CALLED.search(self.text, max(0, label.start() - 50), label.start())

    def _adjective(self, trigger: Trigger) -> bool:
        """`its bombed facilities`, `the targeted building`: a participle before a noun describes it."""
        return not self.arabic and trigger.verb and trigger.word.endswith("ed") \
            and re.search(r"\b(?:its|their|his|her|our|the|a|an)\s+$", self.text[:trigger.n_start]) is not None

    def _ceased(self, trigger: Trigger) -> bool:
        """`would stop bombing the Huthis`, `ستوقف الضربات`: force to be stopped is no threat (the
        campaign stopped did take place: it stays an attack)."""
        if self.lexicon.cessation.search(self.text, trigger.n_start, trigger.n_end):
            return True  # `would stop bombing`
        return any(words(self.text[m.end():trigger.n_start]) <= 2 and not CLAUSE_BREAK.search(self.text, m.end(), trigger.n_start)
                   for m in self.lexicon.cessation.finditer(self.text, max(0, trigger.n_start - 40), trigger.n_start))

    def _political(self, trigger: Trigger) -> bool:
        """`threatened to quit the coalition`, `هدد بالانسحاب`: a threat, but not of force."""
        phrase = self.lexicon.political_threats.search(self.text, trigger.n_end)
        # (the subject, or a time, may stand between: ولوّح الوزير بالانسحاب، لوّح قبل يوم من اللقاء بحجب المساعدات)
        return phrase is not None and words(self.text[trigger.n_end:phrase.start()]) <= 8 \
            and not re.search(r"[،,;:]", self.text[trigger.n_end:phrase.start()])

    def _exchanged(self, trigger: Trigger) -> bool:
        """`تتبادل فيها إيران وإسرائيل الضربات`, `the two sides exchanged fire`: a conflict, not one act."""
        return any(words(self.text[m.end():trigger.n_start]) <= 4 and not CLAUSE_BREAK.search(self.text, m.end(), trigger.n_start)
                   for m in self.lexicon.exchange.finditer(self.text, 0, trigger.n_start))

    def _means_side(self, trigger: Trigger) -> Actor | None:
        """`قُصفت منشآت فوردو ونطنز بقنابل أميركية`: the nisba of the means an Arabic passive was done with."""
        return next((a for a in self.actors if trigger.n_end <= a.n_start and a.mention.form == "demonym"
                     and words(self.text[trigger.n_end:a.n_start]) <= AGENT_WINDOW_WORDS
                     and not CLAUSE_BREAK.search(self.text, trigger.n_end, a.n_start)
                     and _BY_MEANS.search(self.text, max(0, a.n_start - 30), a.n_start)), None)

    def _suffered(self, trigger: Trigger) -> Incident | None:
        """A passive act: its subject (right before, in the clause) is the target, `by X` the agent."""
        clause = clause_before(self.text, trigger.n_start, self.lexicon)
        # (`أكدت السلطة القضائية الإيرانية أن الناقلة احتُجزت`: who told of it is before the complementizer)
        clause = max([clause] + [m.end() for m in self.lexicon.complementizer.finditer(self.text, clause, trigger.n_start)])
        apposition = _APPOSITION_BEFORE.search(self.text, 0, trigger.n_start)
        if apposition is not None:
            clause = min(clause, self.text.rfind(",", 0, apposition.start()) + 1)  # `X, the head of Y, was killed`
        before = [a for a in self.actors if clause <= a.n_start and a.n_end <= trigger.n_start and a.mention.kind != "Place"
                  and not _IN_PLACE.search(self.text, 0, a.n_start)]  # `the residence in Tehran was hit`: Tehran is where
        agent = next((a for a in self.actors if trigger.n_end <= a.n_start and words(self.text[trigger.n_end:a.n_start]) <= AGENT_WINDOW_WORDS
                      and self._marked(a, self.lexicon.agent, trigger.n_end)), None)
        perpetrators = self.agents(agent) or (self.accused_authors() if trigger.type == "Attack" else ())
        # (`X, the head of Y's bureau, was killed`: X and Y both; else the subject and those joined to it)
        victims = before if apposition is not None else self._coordinated_actors(before[-1]) if before else []
        targets = list(dict.fromkeys(k for a in victims for k in _target_keys(a) if k not in perpetrators))
        if not targets and _WEAPON_SUBJECT.search(self.text, max(0, trigger.n_start - 40), trigger.n_start):
            # `two rockets were launched towards the Israeli town of Kiryat Shmona`: the weapons were fired at whom the verb marks
            _, part_end = sentence_part(self.text, trigger.n_start)
            targets = list(dict.fromkeys(k for a in self.actors if trigger.n_end <= a.n_start < part_end and a.mention.kind != "Place"
                                         and self._marked(a, self.lexicon.target, trigger.n_end)
                                         and not _FROM_RIGHT_BEFORE.search(self.text, 0, a.n_start)  # (where they came from)
                                         for k in _target_keys(a) if k not in perpetrators))
        return Incident(trigger.type, perpetrators, tuple(targets), victim_named=True) if targets else None

    def _threat(self, trigger: Trigger) -> Incident | None:
        if self.lexicon.sanctioning_organs.search(self.text, 0, trigger.n_start):
            return None  # `Treasury Secretary Bessent said the department would keep targeting militias`: money, not force
        # (`وتعهد أردوغان بمواصلة ضرب`: an Arabic threat matched with its subject right after its verb)
        first_word = re.match(r"\S+\s+", self.text[trigger.n_start:trigger.n_end])
        inside = next((a for a in self.actors if self.arabic and first_word and a.n_start == trigger.n_start + first_word.end()
                       and a.n_end <= trigger.n_end and a.mention.kind != "Place"), None)
        # (`وكانت إيران قد اتهمت إسرائيل ...، وتوعدت بأن تدفع الدولة العبرية الثمن`: a joined verb whose complement
        # follows at once shares the sentence's subject; who is to pay is threatened)
        joined = self.arabic and trigger.verb and trigger.word.startswith("و") and _COMPLEMENT_AFTER.match(self.text, trigger.n_end)
        agent = inside or (self.opening_subject(end=trigger.n_start) if joined else None) or self._warned_it_subject(trigger) \
            or self._own_subject(trigger) \
            or self._participle_subject(trigger) or self.speaker(trigger) or self._replier(trigger) or self._addresser(trigger) \
            or self.subject(trigger) or self._trailing_participle_subject(trigger)
        if agent is None:
            return None
        side = self.coordinated(agent)
        # (`قال ترامب إن ...، فيما حذّر نتنياهو من أن إسرائيل ستنهي المهمة`: not who spoke in another part)
        part_start, _ = sentence_part(self.text, trigger.n_start)
        other_speakers = {s.n_start for m in self.lexicon.speech.finditer(self.text, 0, part_start)
                          if (s := self._speaker_at(m)) is not None and s.n_end <= part_start}
        targets = [a.key for a in self.actors if a.key not in side and a.mention.kind != "Place"
                   and a.n_start not in other_speakers
                   and not self._marked(a, self.lexicon.supported, 0)  # `in support of Palestine`
                   # (`توعدت حركة النجباء، المنضوية في المقاومة الإسلامية`: the umbrella it belongs to)
                   and not _MEMBER_OF.search(self.text, max(0, a.n_start - 40), a.n_start)]
        return Incident("Threat", tuple(side), tuple(dict.fromkeys(targets)))

    def _addresser(self, trigger: Trigger) -> Actor | None:
        """`وكان كاتس قد وجّه ... «التحذير الأخير» لقادة الحركة`, `Trump issued a last warning to Hamas`: who
        addressed the warning, named right after the Arabic verb, or right before it (past its auxiliary)."""
        verb = next(reversed([m for m in _ADDRESSED.finditer(self.text, 0, trigger.n_start)
                              if words(self.text[m.end():trigger.n_start]) <= 8]), None)
        if verb is None:
            return None
        after = next((a for a in self.actors if self.arabic and a.n_start >= verb.end() and a.n_end <= trigger.n_start
                      and words(self.text[verb.end():a.n_start]) <= 2 and a.mention.kind != "Place"), None)
        before = next((a for a in reversed(self.actors) if a.n_end <= verb.start() and a.mention.kind != "Place"
                       and _AUXILIARIES_BEFORE.fullmatch(self.text, a.n_end, verb.start())), None)
        return after or before

    def _replier(self, trigger: Trigger) -> Actor | None:
        """`وردّ خامنئي بأن الولايات المتحدة ستتلقى «ضربة قوية»`: whoever will suffer is threatened; the
        threat is of who is named before what was said."""
        if not _SUFFERED_THREAT.search(trigger.word):
            return None
        said = list(self.lexicon.complementizer.finditer(self.text, 0, trigger.n_start))
        if not said:
            return None
        before = [a for a in self.actors if a.n_end <= said[-1].start() and words(self.text[a.n_end:said[-1].start()]) <= 10
                  and a.mention.kind != "Place"]  # (`ليرد خامنئي في اليوم التالي، في خطبة عيد الفطر، بأن`)
        return before[-1] if before else None

    def _own_subject(self, trigger: Trigger) -> Actor | None:
        """`Syria criticised Jordan ..., and Amman hit back by vowing to`: a threat verb's own subject,
        named after the sentence's last verb of saying before it (or with none before it), is who threatens."""
        if not trigger.verb or not self.lexicon.verbs["Threat"].fullmatch(trigger.word) or _SUFFERED_THREAT.search(trigger.word):
            return None  # (`warned that any assassination would meet a reaction`: the reply's words are what was said;
            # `Houthi leaders would pay for every missile`: who will pay is threatened)
        if self.arabic:
            return self._own_subject_after(trigger)
        subject = self.subject(trigger)
        if subject is None or subject.n_start > trigger.n_start:
            return None
        said = [m for m in self.lexicon.speech.finditer(self.text, 0, trigger.n_start)]
        if not said:
            return subject  # `Iran has vowed to punish Israel for ... an attack that Hamas and Iran blamed on Israel`
        if subject.n_start < said[-1].end():
            return None
        return subject if CLAUSE_BREAK.search(self.text, said[-1].end(), subject.n_start) else None

    def _own_subject_after(self, trigger: Trigger) -> Actor | None:
        """`وقال البنتاغون إن ...، فيما توعدت الحركة بـ«رد قاسٍ»`: an Arabic verb of threatening opening a
        clause of its own (after فيما, بينما, في حين) has its subject right after it."""
        if not _WHILE_RIGHT_BEFORE.search(self.text, max(0, trigger.n_start - 12), trigger.n_start):
            return None
        return next((a for a in self.actors if a.n_start >= trigger.n_end and words(self.text[trigger.n_end:a.n_start]) <= 1
                     and a.mention.kind != "Place" and not _PREPOSITION_ATTACHED.search(self.text, 0, a.n_start)
                     and not CLAUSE_BREAK.search(self.text, trigger.n_end, a.n_start)), None)

    def _warned_it_subject(self, trigger: Trigger) -> Actor | None:
        """`Israel bombed the defence ministry and warned it would keep striking`: `it` is the subject of the
        verb the warning is joined to."""
        if self.arabic:
            return None
        warned = _AND_WARNED_IT.search(self.text, max(0, trigger.n_start - 40), trigger.n_start)
        before = [t for t in self.triggers if t.verb and t.n_end <= (warned.start() if warned else 0)]
        return self.subject(before[-1]) if warned and before else None

    def _trailing_participle_subject(self, trigger: Trigger) -> Actor | None:
        """`Mahdi al-Mashat, head of ..., went further on Tuesday, telling Israelis to stay in their shelters and
        warning that`: an English participle with no subject of its own is the sentence's opening subject's."""
        if self.arabic or not trigger.word.endswith("ing") or not _AFTER_COMMA_OR_AND.search(self.text, 0, trigger.n_start):
            return None
        return self.opening_subject(end=trigger.n_start)

    def _participle_subject(self, trigger: Trigger) -> Actor | None:
        """`في حين اتهم نتنياهو «وكلاء إيران» بمحاولة اغتياله، متوعداً بأن يدفعوا ثمناً باهظاً`: an Arabic
        participle of threatening is said by the subject of the verb of saying or accusing just before it."""
        if not (self.arabic and _THREAT_PARTICIPLE.match(trigger.word)):
            return None
        # (`وقال كاتس إنه يحمّل الرئيس السوري المسؤولية، متوعداً`: who blames is the pronoun, the speaker before it)
        # (not a noun of what was said: `إن «توزيع الاتهامات جزافاً ...»، ومتوعداً`)
        verbs = [m for pattern in (self.lexicon.speech, self.lexicon.accusation) for m in pattern.finditer(self.text, 0, trigger.n_start)
                 if not _PRONOUN_COMPLEMENT.search(self.text, max(0, m.start() - 8), m.start())
                 and not ARTICLE.match(m.group()) and not self.text.endswith("ال", 0, m.start())]
        return self._speaker_at(max(verbs, key=lambda m: m.start())) if verbs else None

    def _named_between(self, trigger: Trigger) -> list[str]:
        """The sides named right after `between`/`بين` following a talks or deal word."""
        marker = _BETWEEN.match(self.text, trigger.n_end)
        return self._sides_from(marker.end()) if marker is not None else []

    def _between_later(self, trigger: Trigger) -> list[str]:
        """The two sides named after `between`/`بين` later in the trigger's part of the sentence."""
        _, end = sentence_part(self.text, trigger.n_start)
        return next((sides for m in _BETWEEN_WORD.finditer(self.text, trigger.n_end, end) if (sides := self._sides_from(m.end()))), [])

    def _sides_from(self, position: int) -> list[str]:
        """The actor named right at `position` and those coordinated with it."""
        first = next((a for a in self.actors if a.n_start >= position and re.fullmatch(r"\s*(?:(?:the|an?)\s+)?", self.text[position:a.n_start])), None)
        return self.coordinated(first) if first is not None else []  # (`between an Israeli delegation and Hamas`)

    def _enumeration_start(self, start: int) -> int:
        """`Israeli, Lebanese, U.S. and French officers met`: a clause that opens inside an enumeration of
        actors opens at its first one."""
        first = next((a for a in self.actors if a.n_start >= start), None)
        if first is None or self.text[start:first.n_start].strip():
            return start
        for actor in reversed([a for a in self.actors if a.n_end <= start]):
            if not re.fullmatch(r"\s*[,،]\s*", self.text[actor.n_end:start]) or actor.mention.kind not in ("State", "Proxy"):
                break
            start = actor.n_start
        return start

    def _between_parties(self, trigger: Trigger) -> Incident | None:
        if self.hypothetical(trigger) or self._mediated_deal_verb(trigger):
            return None
        if trigger.type == "Talks" and _OWN_PEOPLE_AFTER.match(self.text, trigger.n_end):
            return None  # `while Nasrallah was meeting other commanders`: a meeting within one side
        # a deal is news when concluded, or named by its year (`the 2008 Strategic Framework Agreement`)
        named = NAMED_YEAR.search(self.text, max(0, trigger.n_start - 40), trigger.n_start)
        # (`للتوصل إلى اتفاق`: to reach one, not reached)
        concluded = any(not m.group().startswith("لل") for m in self.lexicon.concluded.finditer(self.text)) or _BROKERED_AFTER.search(self.text) \
            or _MEDIATED_DEAL.match(self.text, trigger.n_end)  # (`a truce in November, mediated by Qatar,`)
        if trigger.type == "Agreement" and not trigger.verb and not concluded and not named:
            return None
        start = self._enumeration_start(clause_before(self.text, trigger.n_start, self.lexicon))
        end = self._talks_clause_end(trigger)
        speakers = {a.key for a in (self._speaker_before(trigger),) if a is not None}
        mediators, places, parties = [], [], []
        for actor in self.actors:
            if _ON_BEHALF_BEFORE.search(self.text, 0, actor.n_start) or _ON_BEHALF_AFTER.match(self.text, actor.n_end) \
                    or _AGAINST_BEFORE.search(self.text, 0, actor.n_start) or _NOT_COVERED_BEFORE.search(self.text, 0, actor.n_start):
                continue  # `negotiated on Hezbollah's behalf`, `discussed steps against the PKK`, `does not extend to Israel`: not another side
            if _AT_HIS_SIDE.match(self.text, actor.n_end):
                continue  # (`speaking by phone ... with Trump at his side`: who stood by the caller was not called)
            if _MEDIATOR_BETWEEN.search(self.text, max(0, actor.n_start - 60), actor.n_start):
                continue  # `أدّت بلاده دور الوسيط بين الجانبين`, `a mediator between Iran and the US`: the sides of another clause
            if self._marked(actor, self.lexicon.mediator, 0) or self._mediating_subject(actor) or _BROKERED_AFTER.match(self.text, actor.n_end) \
                    or _MEDIATION_AFTER.match(self.text, actor.n_end) \
                    or self._named_mediators(actor) or self._co_mediator(actor):
                mediators.append(actor.key)
            elif actor.mention.kind == "Place" or (self._marked(actor, self.lexicon.place, 0) and actor.mention.kind == "State"
                                                   and actor.mention.form not in ("demonym", "anaphora")
                                                   # (`التقى عراقجي نظراءه في بريطانيا وفرنسا وألمانيا`: the counterparts' states)
                                                   and not _COUNTERPARTS_IN.search(self.text, max(0, actor.n_start - 60), actor.n_start)) \
                    or self._capital_named(actor) or (names_place_of(self.text, actor, trigger) and len(self._coordinated_actors(actor)) == 1):
                # (`the Muscat talks`, `محادثات مسقط`; not `مفاوضات طهران وواشنطن`, its sides)
                places.append(actor.key)
            elif actor.mention.form == "metonym" and actor.n_start > trigger.n_end and _FROM_RIGHT_BEFORE.search(self.text, 0, actor.n_start):
                places.append(actor.key)  # `في اتصال هاتفي أجراه من البيت الأبيض`: where the caller was
            elif start <= actor.n_start < end or actor.mention.form == "anaphora":
                parties.append(actor.key)
        antecedent = self._relative_antecedent(start)
        if antecedent is not None:
            parties.insert(0, antecedent.key)
        mediation = bool(re.fullmatch(r"mediation|وساطه|بوساطه|الوساطه", trigger.word))
        if mediation:
            # `Egypt, Qatar's partner in the mediation`: who is named before a mediation mediates
            mediators += [a.key for a in self.actors if start <= a.n_start and a.n_end <= trigger.n_start]
        where = self._where_antecedent(start) if len(set(parties)) < 2 and trigger.verb else None
        if where is not None and where.key not in parties + mediators:
            parties.insert(0, where.key)  # `..., where he held talks with Netanyahu`: who went there
        if len(parties) < 2 and trigger.verb:
            # `وزراء خارجية تركيا وروسيا وإيران، الدول الضامنة لمسار أستانا، اجتمعوا`: the subject before an apposition
            subject_start = self._before_apposition(start)
            parties = [a.key for a in self.actors if subject_start <= a.n_start < start and a.key not in mediators + places] + parties
        if len(set(parties)) < 2 and trigger.verb and not self.arabic:
            # `Saudi Arabia's defense minister, Prince Khalid bin Salman, met Khamenei`: the name set off before the verb
            apposed = self._apposed_name(trigger.n_start)
            if apposed is not None and apposed.key not in parties + mediators + places:
                parties.insert(0, apposed.key)
        if len(parties) < 2 and trigger.verb:
            parties += [k for k in self._listed_before(start) if k not in parties + mediators + places]
        if len(set(parties)) < 2:
            parties += [k for k in self._around_call_inset(trigger) if k not in parties + mediators]
        caller = self._caller_speaking(trigger)
        if caller is not None and caller.key not in mediators:
            parties.insert(0, caller.key)
            speakers.discard(caller.key)
        named = self._named_between(trigger)
        if len(named) >= 2:  # `الحوار بين بغداد وواشنطن برعاية رئيس الوزراء العراقي`: the sides named stay parties
            mediators = [m for m in mediators if m not in named]
            parties = named + parties
        # `a summit hosted by Russia, where he held talks with Russian President Putin`: whom talks are held with is a party
        met = [a.key for a in self.actors if a.n_start >= trigger.n_end and _WITH_OBJECT.match(self.text[trigger.n_end:a.n_start])
               and not self._co_mediator(a) and not _AT_HIS_SIDE.match(self.text, a.n_end)]
        met += self._after_call_participle(trigger) + self._subject_after_where(trigger)
        mediators = [k for k in mediators if k not in met]
        parties = [p for p in dict.fromkeys(parties + met) if p not in mediators]
        if len([p for p in parties if p not in speakers]) >= 2:
            parties = [p for p in parties if p not in speakers]
        elif len(parties) < 2:
            # `أعلنت السعودية وإيران ... التوصل إلى اتفاق`: who announces a deal or talks is a party
            announcer = self._speaker_before(trigger) or self._announcing_noun(trigger)
            if announcer is not None:
                parties = list(dict.fromkeys(parties + [k for k in self.coordinated(announcer) if k not in mediators]))
        if len(set(parties)) < 2 and trigger.type == "Talks":
            # `أجرى السفير السعودي محمد آل جابر، بين 9 و13 أبريل، محادثات في صنعاء مع المشاط`: who held them
            holder = self._talks_holder(trigger)
            if holder is not None and holder.key not in parties + mediators:
                parties.insert(0, holder.key)
        if len(parties) < 2 and trigger.type == "Agreement":
            parties = list(dict.fromkeys(parties + self._war_sides()))  # `its war with Israel, which was halted by a ceasefire`
        if len(parties) < 2 and mediators and not mediation:
            # `weeks of indirect negotiations sponsored by Qatar, Egypt and the US`: between the sides the same
            # mediators stood between earlier in the article, else the sides named last
            same_brokers = next((d.parties for d in reversed(self.mediated_deals) if set(d.mediators) & set(mediators)), ())
            # (`mediating between Washington and Tehran ..., and hosted a third round of those talks`: this sentence's first)
            parties = list(dict.fromkeys(parties + [k for k in self.sentence_sides or same_brokers or self.context_sides
                                                    if k not in mediators]))
            if len(parties) < 2 and trigger.type == "Agreement" and not set(self.main_foes) & set(mediators):
                # (`A ceasefire brokered by Washington and Doha took hold on June 24`: between the sides at war)
                parties = list(dict.fromkeys(parties + list(self.main_foes)))
        if len(set(parties)) < 2 and _CALL_NOUN.fullmatch(trigger.word) and _MEANS_OF_CALL.search(self.text, 0, trigger.n_start):
            # `قدّم نتنياهو اعتذاراً لنظيره القطري في اتصال هاتفي`: the call is the means; its caller is the sentence's subject
            caller = self.opening_subject(reach=6, end=trigger.n_start)
            if _MADE_BY_HIM.match(self.text, trigger.n_end):
                # (`تلقت اعتذاراً من نتنياهو ...، وذلك خلال اتصال هاتفي أجراه`: he who made the call, named last)
                caller = next((a for a in reversed(self.actors) if a.n_end <= start and a.mention.kind == "Official"), caller)
            if caller is not None and caller.key not in parties + mediators:
                parties.insert(0, caller.key)
        if len(set(parties)) < 2 and trigger.verb:
            visitor = self._visitor(trigger)  # `زار لاريجاني بيروت ... والتقى بري`: who came met whom he met
            if visitor is not None and visitor.key not in parties + mediators:
                parties.insert(0, visitor.key)
        if len(parties) == 1 and (trigger.verb or _WITH_AFTER.match(self.text, trigger.n_end)):
            # `X, who ..., was in Tehran ... and met him`, `Israel struck ... since a ceasefire with Hezbollah`:
            # the sentence's subject did the meeting, or is the other side of the deal
            subject = self._sentence_subject(trigger) or self._where_antecedent(start)
            if subject is not None and subject.key not in parties + mediators:
                parties.insert(0, subject.key)
        if len(parties) < 2 and trigger.type == "Talks":
            # `جولة مفاوضات ... قدمت خلالها الولايات المتحدة مقترحا يقلص الفجوات بين إسرائيل وحماس`
            later = self._between_later(trigger)
            if len(later) >= 2:
                parties, mediators = later, [k for k in dict.fromkeys(mediators + parties) if k not in later]
        if len(parties) < 2 and mediators and trigger.type == "Agreement":
            # `أفرجت حماس ...، فيما أطلقت إسرائيل ...، في اليوم الأول من هدنة جرى التوصل إليها بوساطة قطرية`: a mediated
            # deal whose clause names no sides is between the two sides its sentence names
            sides = list(dict.fromkeys(a.key for a in self.actors if a.key not in mediators and a.mention.kind in ("State", "Proxy")
                                       and a.mention.form != "demonym"))
            if len(sides) == 2:
                parties = sides
        if self._conceded(trigger, start) or self._denied(trigger):
            return None
        if len(parties) < 2 and not (trigger.type == "Talks" and parties and mediators and not mediation):
            return None
        location = next((p for p in places if p not in parties), None)
        if location and location not in mediators and re.search(r"indirect|غير\s+مباشره", self.text):
            mediators.append(location)
        return Incident(trigger.type, parties=tuple(parties), mediators=tuple(dict.fromkeys(mediators)), location=location)

    def _around_call_inset(self, trigger: Trigger) -> list[str]:
        """`أبلغ بايدن نتنياهو، خلال اتصال هاتفي، بأن`, `Biden told Netanyahu, in a phone call, that`: a call set
        off by commas is between the sides of the clause around it."""
        inset = _CALL_INSET_BEFORE.search(self.text, 0, trigger.n_start)
        if inset is None:
            return []
        part_start, _ = sentence_part(self.text, trigger.n_start)
        return [a.key for a in self.actors if part_start <= a.n_start < inset.start() and a.mention.kind != "Place"
                and not self._marked(a, self.lexicon.place, 0)]

    def _after_call_participle(self, trigger: Trigger) -> list[str]:
        """`Netanyahu, speaking by phone from the White House, apologized to Qatar's prime minister`: a call told
        in a participle set off after the subject is with whom the main verb goes to."""
        if self.arabic or not _CALL_PARTICIPLE.match(trigger.word) or not re.search(r",\s*$", self.text[:trigger.n_start]):
            return []
        close = self.text.find(",", trigger.n_end)
        to = _VERB_TO.match(self.text, close) if close >= 0 else None
        return [a.key for a in self.actors if to is not None and a.n_start >= to.end()
                and words(self.text[to.end():a.n_start]) <= 4][:1]

    def _subject_after_where(self, trigger: Trigger) -> list[str]:
        """`ومن باريس، حيث التقى الرئيس الفرنسي ماكرون، دان الرئيس اللبناني عون الغارة`: who met in the
        `where` clause is the subject of the verb after it."""
        if not (self.arabic and trigger.verb and _WHERE_BEFORE.search(self.text, max(0, trigger.n_start - 8), trigger.n_start)):
            return []
        close = self.text.find("،", trigger.n_end)
        verb = _NEXT_VERB_AR.match(self.text, close) if close >= 0 else None
        return [a.key for a in self.actors if verb is not None and a.n_start >= verb.end() and words(self.text[verb.end():a.n_start]) <= 3
                and a.mention.kind != "Place"][:1]

    def _caller_speaking(self, trigger: Trigger) -> Actor | None:
        """`Biden said he had spoken to Netanyahu and to Mikati`: who speaks of his own calls is a party to each."""
        pronoun = _SAID_HE_BEFORE.search(self.text, 0, trigger.n_start) if trigger.verb and not self.arabic else None
        return self._speaker_at(pronoun) if pronoun is not None else None

    def _war_sides(self) -> list[str]:
        """`Hezbollah ... has been weakened by its own war with Israel`, `حربه مع إسرائيل`: the sides of the
        war the sentence names, the other one being the sentence's subject."""
        war = _WAR_WITH.search(self.text)
        if war is None:
            return []
        foe = next((a for a in self.actors if a.n_start >= war.end() and not self.text[war.end():a.n_start].strip()), None)
        subject = self.opening_subject()
        if foe is None or subject is None or foe.key == subject.key:
            return []
        return [subject.key, foe.key]

    def _denied(self, trigger: Trigger) -> bool:
        """`نفى أن تكون طهران قد وافقت على استئناف المفاوضات`, `denied that talks were held`, `rejected
        direct talks`: talks or a deal denied or rejected did not take place."""
        part_start, _ = sentence_part(self.text, trigger.n_start)
        for m in self.lexicon.denial.finditer(self.text, part_start, trigger.n_start):
            that = self.lexicon.complementizer.search(self.text, m.end(), trigger.n_start)
            if that is not None and words(self.text[m.end():that.start()]) == 0 and words(self.text[m.end():trigger.n_start]) <= 8:
                return True
            if words(self.text[m.end():trigger.n_start]) <= 1:
                return True  # `Iran rejected direct talks`
        return False

    def _conceded(self, trigger: Trigger, clause: int) -> bool:
        """`at which Israel agreed to free five Lebanese detainees`: one side agreeing to do something
        concedes it; only sides named together before `agreed to` (`Riyadh and Tehran agreed to
        restore ties`) conclude a deal."""
        if self.arabic or not _AGREED_TO.match(self.text, trigger.n_start):
            return False
        subjects = {a.key for a in self.actors if clause <= a.n_start < trigger.n_start and a.mention.kind != "Place"}
        return len(subjects) < 2

    def _talks_holder(self, trigger: Trigger) -> Actor | None:
        """The subject of the Arabic verb that holds the talks (`أجرى`, `عقد`) a few words before them."""
        held = _HELD.search(self.text, max(0, trigger.n_start - 200), trigger.n_start) if self.arabic else None
        if held is None or words(self.text[held.end():trigger.n_start]) > 20 or re.search(r"[.;:]", self.text[held.end():trigger.n_start]):
            return None
        return next((a for a in self.actors if held.end() <= a.n_start < trigger.n_start and a.mention.kind != "Place"
                     and words(self.text[held.end():a.n_start]) <= 4 and not self._marked(a, self.lexicon.place, held.end())
                     and a.mention.form != "metonym"), None)  # (`عُقدت في الدوحة`: where, not who)

    def _co_mediator(self, actor: Actor) -> bool:
        """`Egypt, which brokered the ceasefire with Qatar and the United States`, `brokered with Qatar's help`:
        who brokered a deal with the broker, or whose help brokered it, mediated too."""
        return bool(_BROKERED_WITH.search(self.text, max(0, actor.n_start - 120), actor.n_start)) \
            or bool(_MEDIATION_LED_WITH.search(self.text, max(0, actor.n_start - 80), actor.n_start)) \
            or bool(_HELP_AFTER.match(self.text, actor.n_end) and re.search(r"\bwith\s+(?:the\s+)?$", self.text[:actor.n_start]))

    def _mediated_deal_verb(self, trigger: Trigger) -> bool:
        """`a truce in November, mediated by Qatar`: the participle tells the deal, not talks of its own."""
        if trigger.type != "Talks" or not trigger.verb:
            return False
        deals = (_MEDIATED_DEAL.match(self.text, t.n_end) for t in self.triggers if t.type == "Agreement" and t.n_end <= trigger.n_start)
        return any(m is not None and m.end() >= trigger.n_end for m in deals)

    def _before_apposition(self, start: int) -> int:
        """Where the clause before a short apposition (`, the guarantor states of the Astana process,`) starts;
        `start` itself when the clause does not follow one."""
        comma = re.search(r"[,،]\s*$", self.text[:start])
        if comma is None:
            return start
        opening = max((m.end() for m in _COMMA.finditer(self.text, 0, comma.start())), default=None)
        if opening is None or words(self.text[opening:comma.start()]) > 6 or any(opening <= a.n_start < comma.start() for a in self.actors):
            return start
        start = clause_before(self.text, opening - 1, self.lexicon)
        while True:  # back over the commas of an enumeration (`Turkey, Russia and Iran`)
            listed = next((a for a in self.actors if re.fullmatch(r"\s*[,،]\s*", self.text[a.n_end:start])), None)
            if listed is None:
                return start
            start = listed.n_start

    def _gerund_subject(self, trigger: Trigger) -> Actor | None:
        """`Israel shut Leviathan after launching strikes on Iran`: the gerund's subject is its clause's."""
        if self.arabic or trigger.verb:
            return None
        gerund = _AFTER_GERUND.search(self.text, 0, trigger.n_start)
        if gerund is None:
            return None
        return next((a for a in reversed(self.actors) if a.n_end <= gerund.start() and a.mention.kind in ("State", "Proxy", "Official")
                     and not CLAUSE_BREAK.search(self.text, a.n_end, gerund.start())
                     and not _PREPOSITION_ATTACHED.search(self.text, 0, a.n_start)), None)

    def _visitor(self, trigger: Trigger) -> Actor | None:
        """`زار علي لاريجاني، مستشار المرشد الإيراني، بيروت ... والتقى بري`, `Larijani visited Beirut and met
        Berri`: the one who came, named right after an Arabic verb of visiting or right before an English one."""
        visit = next(reversed(list(_VISITED.finditer(self.text, 0, trigger.n_start))), None)
        if visit is None:
            return None
        if self.arabic:
            return next((a for a in self.actors if visit.end() <= a.n_start < trigger.n_start and a.mention.kind != "Place"
                         and words(self.text[visit.end():a.n_start]) <= 3 and a.mention.form != "metonym"), None)
        return next((a for a in reversed(self.actors) if a.n_end <= visit.start() and a.mention.kind != "Place"
                     and words(self.text[a.n_end:visit.start()]) <= 2 and not CLAUSE_BREAK.search(self.text, a.n_end, visit.start())), None)

    def _sentence_subject(self, trigger: Trigger) -> Actor | None:
        """The first actor of the trigger's part of the sentence, when it opens the part."""
        start, _ = sentence_part(self.text, trigger.n_start)
        first = next((a for a in self.actors if start <= a.n_start < trigger.n_start), None)
        opener = _OPENER.match(self.text, start)
        if opener is not None and (first is None or first.n_start >= opener.end()):
            start = opener.end()  # `وعلى خط موازٍ، بحث الوزير`, `In a separate move, the minister`
        if first is None or first.mention.kind == "Place" or words(self.text[start:first.n_start]) > 4:
            return None
        return first

    def _where_antecedent(self, clause: int) -> Actor | None:
        """`زيارة المبعوث الأميركي هوكشتاين لبيروت، حيث التقى بري`, `a visit by X to Baku, where he
        held talks`: who is named before `where` (not the place after a preposition) met."""
        if not _WHERE_BEFORE.search(self.text, 0, clause):
            return None
        # (`Hochstein, who met Berri in Beirut and then travelled to Israel, where he held talks`: not whom he met)
        met = [t for t in self.triggers if t.type == "Talks" and t.verb and t.n_end <= clause]
        before = [a for a in self.actors if a.n_end <= clause and a.mention.kind != "Place"
                  and not _PREPOSITION_ATTACHED.search(self.text, 0, a.n_start)
                  and not any(words(self.text[t.n_end:a.n_start]) == 0 for t in met)]
        return before[-1] if before else None

    def _relative_antecedent(self, clause: int) -> Actor | None:
        """`Netanyahu, who met Trump`: the actor the relative clause is about."""
        if not re.search(r"(?:\bwho|\bwhich|الذي|التي)\s*$", self.text[:clause]):
            return None
        before = [a for a in self.actors if a.n_end <= clause and re.fullmatch(r"\s*[,،]?\s*(?:who|which|الذي|التي)\s*", self.text[a.n_end:clause])]
        return before[-1] if before else None

    def _talks_clause_end(self, trigger: Trigger) -> int:
        """After the trigger, parties run until a clause break, what was said (`that`, `إن`),
        or a comma that does not continue an enumeration of actors."""
        end = clause_after(self.text, trigger.n_end)
        complement = self.lexicon.complementizer.search(self.text, trigger.n_end, end)
        if complement is not None and not trigger.verb and not self.text[trigger.n_end:complement.start()].strip():
            complement = None  # (`a ceasefire that on June 24 ended a war between Israel and Iran`: a relative clause on the deal)
        end = complement.start() if complement else end
        meanwhile = _AS_CLAUSE.search(self.text, trigger.n_end, end)  # (`the talks also come as U.S. forces pound the Houthis`)
        end = meanwhile.start() if meanwhile else end
        inserted = 0
        for comma in re.finditer(r"[,،]", self.text[:end]):
            if comma.start() < max(trigger.n_end, inserted) or self._names_included(comma.end()):
                continue  # (`between Tehran and the major powers, including Britain, France and Germany`)
            insert = _INSERT.match(self.text, comma.start())
            if insert is not None and not any(insert.start() < a.n_start < insert.end() and not _IN_PLACE.search(self.text, insert.start(), a.n_start)
                                              for a in self.actors):
                # `استقبل خامنئي، أمس (الخميس)، وزير الدفاع السعودي`, `بحث ...، الثلاثاء في الرياض، مع`: a short insert of time or place
                inserted = insert.end()
                continue
            if not any(a.n_start >= comma.end() and (JOINT.fullmatch(self.text[comma.start():a.n_start])
                                                     or _LIST_GOES_ON.fullmatch(self.text, comma.start(), a.n_start))
                       for a in self.actors):
                return comma.start()
        return end

    def _named_mediators(self, actor: Actor) -> bool:
        """`American, Egyptian and Qatari mediators`: sides named before the word for mediators;
        `Egypt, which brokered the truce along with Qatar and the US`: those who mediated with a mediator."""
        if not _MEDIATOR_WORDS.search(self.text):
            return False  # (most sentences name no mediators this way: spare the search for each actor)
        group = self._coordinated_actors(actor)
        if _MEDIATORS_AFTER.match(self.text, group[-1].n_end) is not None:
            return True
        along = _ALONG_WITH.search(self.text, max(0, group[0].n_start - 30), group[0].n_start)
        return along is not None and self.lexicon.mediation.search(self.text, max(0, along.start() - 60), along.start()) is not None

    def _capital_named(self, actor: Actor) -> bool:
        """`في العاصمة الصينية`, `in the Chinese capital`: a state's adjective that names a place."""
        return actor.mention.form == "demonym" and bool(
            re.search(r"(?<!\w)العاصمه\s+(?:ال)?$", self.text[:actor.n_start]) or re.match(r"\s+capital\b", self.text[actor.n_end:]))

    def _listed_before(self, clause: int) -> list[str]:
        """`Fourteen factions, led by Fatah and Hamas, signed`: the sides listed in an apposition
        (`including`, `led by`, `في مقدمتها`) just before the verb's clause."""
        aside = _LISTED_ASIDE.search(self.text, 0, clause)
        if aside is None:
            return []
        return list(dict.fromkeys(a.key for a in self.actors if aside.start() <= a.n_start < aside.end() and a.mention.kind != "Place"))

    def _names_included(self, position: int) -> bool:
        """`, including Britain, France`: a list of sides by name continues the one before the comma."""
        including = _INCLUDING.match(self.text, position)
        # (a head noun may stand before the names: `في مقدمتها حركتا فتح وحماس`)
        return including is not None and any(a.n_start >= including.end() and words(self.text[including.end():a.n_start]) <= 1
                                             and a.mention.form in ("name", "alias", "metonym") for a in self.actors)

    def _announcing_noun(self, trigger: Trigger) -> Actor | None:
        """`بعد إعلان بغداد وواشنطن، في 27 سبتمبر، اتفاقاً`, `the announcement by Riyadh and Tehran of a
        deal`: who announces a deal, named right after the noun."""
        start, _ = sentence_part(self.text, trigger.n_start)
        nouns = list(_ANNOUNCEMENT.finditer(self.text, start, trigger.n_start))
        if not nouns:
            return None
        return next((a for a in self.actors if a.n_start >= nouns[-1].end() and words(self.text[nouns[-1].end():a.n_start]) == 0), None)

    def _speaker_before(self, trigger: Trigger) -> Actor | None:
        speech = [m for m in self.lexicon.speech.finditer(self.text, 0, trigger.n_start)]
        return self._speaker_at(speech[-1]) if speech else None

    def _mediating_subject(self, actor: Actor) -> bool:
        """`Qatar, which has been mediating`, `China, which brokered`, `التي رعتها قطر ومصر`:
        the subject of mediation (before the verb in English, after it in Arabic)."""
        if self.arabic:
            for m in self.lexicon.mediation.finditer(self.text, 0, actor.n_start):
                between = self.text[m.end():actor.n_start]
                if words(between) <= 1 and not re.search(r"[.;،,]", between) or self._enumerated_after(m.end(), actor):
                    return True
            # (`وكانت الولايات المتحدة قد توسّطت في هدنة`: the subject before, with `كان ... قد`)
            after = self.lexicon.mediation.search(self.text, actor.n_end, actor.n_end + 12)
            return after is not None and re.fullmatch(r"\s+قد\s+", self.text[actor.n_end:after.start()]) is not None
        for m in self.lexicon.mediation.finditer(self.text, actor.n_end):
            between = self.text[actor.n_end:m.start()]
            passive = re.match(r"\s+by\b", self.text[m.end():])  # `a truce between X and Y brokered by Z`
            # `Biden hosts Iraq's Sudani`: who hosts a guest meets them, a party
            guest = m.group().startswith("host") and any(words(self.text[m.end():a.n_start]) <= 1 for a in self.actors if a.n_start >= m.end())
            # (`a truce between Washington and the Houthis that Oman brokered`: the broker is the nearer name)
            nearer = any(actor.n_end <= a.n_start and a.n_end <= m.start() for a in self.actors)
            return words(between) <= 4 and not re.search(r"[.;]", between) and not passive and not guest and not nearer
        return False

    def _enumerated_after(self, start: int, actor: Actor) -> bool:
        return enumerated(self.text, start, actor, self.actors)
