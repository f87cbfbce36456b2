//! Event mentions: the trigger lexicon for every event type, the status
//! cues (negation, modality, plans) around a trigger, and checkable claims
//! (durations, casualty counts) in a sentence.
//!
//! It owns which words report which kind of happening. It works on the
//! words of one sentence and never decides actors or dates.

use super::actors::Scan;
use super::fxhash::{FxHashMap, KeyFilter, WordList};
use crate::domain::{Claim, EventKind, Status};
use std::sync::OnceLock;

/// How a trigger word is used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TriggerForm {
    /// A verb: "met", "attacked".
    Verb,
    /// A noun: "summit", "invasion"; may refer back to a known happening.
    Noun,
    /// A speech verb or attribution phrase ("said", "according to").
    Speech,
    /// A statement that was not made ("declined to comment").
    Silence,
}

/// One entry of the trigger lexicon.
#[derive(Clone, Copy, Debug)]
pub struct Trigger {
    /// Lowercase words, space separated.
    pub phrase: &'static str,
    /// The kind of happening.
    pub kind: EventKind,
    /// Verb, noun or speech.
    pub form: TriggerForm,
    /// The rule name's second part.
    pub rule: &'static str,
}

const fn t(
    phrase: &'static str,
    kind: EventKind,
    form: TriggerForm,
    rule: &'static str,
) -> Trigger {
    Trigger { phrase, kind, form, rule }
}

use EventKind::{
    Agreement, Attack, Call, Meeting, Military, Other, Statement, Threat,
    Travel,
};
use TriggerForm::{Noun, Silence, Speech, Verb};

/// The trigger lexicon. Longer phrases win over their first word.
const TRIGGERS: &[Trigger] = &[
    // meeting
    t("met", Meeting, Verb, "met"),
    t("meet", Meeting, Verb, "meet"),
    t("meets", Meeting, Verb, "met"),
    t("meeting", Meeting, Noun, "meeting"),
    t("meetings", Meeting, Noun, "meeting"),
    t("summit", Meeting, Noun, "summit"),
    t("summits", Meeting, Noun, "summit"),
    t("talks", Meeting, Noun, "talks"),
    t("negotiations", Meeting, Noun, "talks"),
    t("negotiated with", Meeting, Verb, "negotiated"),
    t("negotiating with", Meeting, Verb, "negotiated"),
    t("negotiates with", Meeting, Verb, "negotiated"),
    t("discussions", Meeting, Noun, "talks"),
    t("bilateral talks", Meeting, Noun, "talks"),
    t("hosted", Meeting, Verb, "hosted"),
    t("hosts", Meeting, Verb, "hosted"),
    t("host", Meeting, Verb, "hosted"),
    t("sat down with", Meeting, Verb, "sat-down"),
    t("joint press conference", Meeting, Noun, "press-conference"),
    t("press conference", Meeting, Noun, "press-conference"),
    t("press availability", Meeting, Noun, "press-conference"),
    // a natural disaster's own happenings (see `article.rs`)
    t("aftershock", Other, Noun, "aftershock"),
    t("collapsed", Other, Verb, "collapsed"),
    t("crumpled", Other, Verb, "collapsed"),
    t("crumbled", Other, Verb, "collapsed"),
    t("collapsing", Other, Verb, "collapsed"),
    t("press briefing", Meeting, Noun, "press-conference"),
    t("news briefing", Meeting, Noun, "press-conference"),
    t("media briefing", Meeting, Noun, "press-conference"),
    t("news conference", Meeting, Noun, "press-conference"),
    t("gathering", Meeting, Noun, "meeting"),
    t("greeted", Meeting, Verb, "greeted"),
    // "He was received by his Bhutanese counterpart Lotay Tshering": a
    // visitor welcomed in person (`plausible` wants a name or a role
    // after "by").
    t("received by", Meeting, Verb, "greeted"),
    t("state visit", Meeting, Noun, "visit"),
    t("working lunch", Meeting, Noun, "meeting"),
    t("working dinner", Meeting, Noun, "meeting"),
    t("shook hands with", Meeting, Verb, "shook-hands"),
    t("shaking hands with", Meeting, Verb, "shook-hands"),
    // call
    t("phone call", Call, Noun, "phone-call"),
    t("phone calls", Call, Noun, "phone-call"),
    t("telephone call", Call, Noun, "phone-call"),
    t("video call", Call, Noun, "video-call"),
    t("video conference", Call, Noun, "video-call"),
    t("videoconference", Call, Noun, "video-call"),
    t("virtual meeting", Call, Noun, "virtual-meeting"),
    t("virtual summit", Call, Noun, "virtual-meeting"),
    t("spoke by phone", Call, Verb, "spoke-by-phone"),
    t("spoken by phone", Call, Verb, "spoke-by-phone"),
    t("spoken by telephone", Call, Verb, "spoke-by-phone"),
    t("spoken on the phone", Call, Verb, "spoke-by-phone"),
    t("spoke by telephone", Call, Verb, "spoke-by-phone"),
    t("spoke on the phone", Call, Verb, "spoke-by-phone"),
    t("spoke on the telephone", Call, Verb, "spoke-by-phone"),
    t("spoke over the phone", Call, Verb, "spoke-by-phone"),
    t("talked by phone", Call, Verb, "spoke-by-phone"),
    t("talked on the phone", Call, Verb, "spoke-by-phone"),
    t("spoke by video", Call, Verb, "spoke-by-video"),
    t("spoke", Call, Verb, "spoke"),
    t("talked", Call, Verb, "spoke"),
    t("video call", Call, Noun, "video-call"),
    t("video conference", Call, Noun, "video-call"),
    t("videoconference", Call, Noun, "video-call"),
    t("phoned", Call, Verb, "phoned"),
    // "PM Modi dialled Trump" (`plausible` wants a name after it).
    t("dialled", Call, Verb, "phoned"),
    t("dialed", Call, Verb, "phoned"),
    // "held a telephonic conversation last evening" (South Asian usage).
    t("telephonic conversation", Call, Noun, "phone-call"),
    t("telephonic talks", Call, Noun, "phone-call"),
    t("telephonic call", Call, Noun, "phone-call"),
    t("call", Call, Verb, "call"),
    t("call with", Call, Noun, "call-with"),
    t("call from", Call, Noun, "call-with"),
    t("call between", Call, Noun, "call-with"),
    t("call initiated", Call, Noun, "call-with"),
    t("calls with", Call, Noun, "call-with"),
    t("speak with", Call, Verb, "speak-with"),
    t("spoke with", Call, Verb, "speak-with"),
    t("spoken with", Call, Verb, "speak-with"),
    t("speak to", Call, Verb, "speak-with"),
    t("spoke to", Call, Verb, "speak-with"),
    t("phone conversation", Call, Noun, "phone-call"),
    t("held a conversation with", Call, Verb, "conversation"),
    t("had a conversation with", Call, Verb, "conversation"),
    t("telephone conversation", Call, Noun, "phone-call"),
    t("telephone conversations", Call, Noun, "phone-call"),
    t("phone conversation", Call, Noun, "phone-call"),
    t("phone conversations", Call, Noun, "phone-call"),
    t("phone talks", Call, Noun, "phone-call"),
    t("telephone talks", Call, Noun, "phone-call"),
    t("phone talks", Call, Noun, "phone-call"),
    // statement
    t("said", Statement, Speech, "said"),
    t("says", Statement, Speech, "said"),
    t("say", Statement, Speech, "said"),
    t("told", Statement, Speech, "told"),
    t("tells", Statement, Speech, "told"),
    t("stated", Statement, Speech, "stated"),
    t("states", Statement, Speech, "stated"),
    t("added", Statement, Speech, "added"),
    t("adds", Statement, Speech, "added"),
    t("wrote", Statement, Speech, "wrote"),
    t("writes", Statement, Speech, "wrote"),
    t("posted", Statement, Speech, "posted"),
    t("tweeted", Statement, Speech, "posted"),
    t("announced", Statement, Speech, "announced"),
    t("revealed", Statement, Speech, "revealed"),
    t("disclosed", Statement, Speech, "revealed"),
    t("announces", Statement, Speech, "announced"),
    t("warned", Statement, Speech, "warned"),
    t("warns", Statement, Speech, "warned"),
    t("urged", Statement, Speech, "urged"),
    t("urges", Statement, Speech, "urged"),
    t("argued", Statement, Speech, "argued"),
    t("argue", Statement, Speech, "argued"),
    t("argues", Statement, Speech, "argued"),
    t("noted", Statement, Speech, "noted"),
    t("stressed", Statement, Speech, "stressed"),
    t("insisted", Statement, Speech, "insisted"),
    t("maintained that", Statement, Speech, "maintained"),
    t("touted", Statement, Speech, "touted"),
    t("touts", Statement, Speech, "touted"),
    t("branded", Statement, Speech, "branded"),
    t("brands", Statement, Speech, "branded"),
    t("maintains that", Statement, Speech, "maintained"),
    t("insisting", Statement, Speech, "insisted"),
    t("explained", Statement, Speech, "explained"),
    t("claimed", Statement, Speech, "claimed"),
    t("claiming", Statement, Speech, "claimed"),
    t("declared", Statement, Speech, "declared"),
    t("commented", Statement, Speech, "commented"),
    t("remarked", Statement, Speech, "remarked"),
    t("asked", Statement, Speech, "asked"),
    t("replied", Statement, Speech, "replied"),
    t("responded", Statement, Speech, "responded"),
    t("suggested", Statement, Speech, "suggested"),
    t("suggest", Statement, Speech, "suggested"),
    t("acknowledged", Statement, Speech, "acknowledged"),
    t("admitted", Statement, Speech, "admitted"),
    t("emphasized", Statement, Speech, "emphasized"),
    t("emphasised", Statement, Speech, "emphasized"),
    t("highlighted", Statement, Speech, "highlighted"),
    t("reiterated", Statement, Speech, "reiterated"),
    t("cautioned", Statement, Speech, "cautioned"),
    t("cautioning", Statement, Speech, "cautioned"),
    t("described", Statement, Speech, "described"),
    t("describing", Statement, Speech, "described"),
    t("welcomed", Statement, Speech, "welcomed"),
    t("criticized", Statement, Speech, "criticized"),
    t("criticised", Statement, Speech, "criticized"),
    t("condemned", Statement, Speech, "condemned"),
    t("denounced", Statement, Speech, "denounced"),
    t("berated", Statement, Speech, "criticized"),
    t("rebuked", Statement, Speech, "criticized"),
    t("scolded", Statement, Speech, "criticized"),
    t("chided", Statement, Speech, "criticized"),
    t("lectured", Statement, Speech, "criticized"),
    t("lamented", Statement, Speech, "lamented"),
    t("complained", Statement, Speech, "complained"),
    t("thanked", Statement, Speech, "thanked"),
    t("congratulated", Statement, Speech, "congratulated"),
    t("retorted", Statement, Speech, "replied"),
    t("denied", Statement, Speech, "denied"),
    t("confirmed", Statement, Speech, "confirmed"),
    // An official's report ("Fedorov reported that three were killed");
    // a news outlet's is no statement (`article::not_a_statement`, and
    // `article::relays_news` for "state media reported").
    t("reported", Statement, Speech, "reported"),
    // "The US Geological Survey estimated fatalities could surpass 1,000".
    t("estimated", Statement, Speech, "estimated"),
    // "officials revised the death toll to six": a toll announced anew
    // (`plausible` wants the toll or figure after the verb).
    t("revised", Statement, Speech, "revised"),
    t("raised", Statement, Speech, "revised"),
    t("lowered", Statement, Speech, "revised"),
    t("reduced", Statement, Speech, "revised"),
    t("updated", Statement, Speech, "revised"),
    t("vowed", Statement, Speech, "vowed"),
    t("pledged", Statement, Speech, "pledged"),
    t("promised", Statement, Speech, "promised"),
    t("predicted", Statement, Speech, "predicted"),
    t("accused", Statement, Speech, "accused"),
    t("expressed", Statement, Speech, "expressed"),
    t("mentioned", Statement, Speech, "mentioned"),
    t("mentioning", Statement, Speech, "mentioned"),
    t("indicated", Statement, Speech, "indicated"),
    t("voiced", Statement, Speech, "voiced"),
    t("reacted", Statement, Speech, "reacted"),
    t("conceded", Statement, Speech, "conceded"),
    t("praised", Statement, Speech, "praised"),
    t("hailed", Statement, Speech, "hailed"),
    t("dismissed", Statement, Speech, "dismissed"),
    t("rejected", Statement, Speech, "rejected"),
    t("called", Statement, Speech, "called"),
    t("calling", Statement, Speech, "called"),
    // "Biden calls the deal “a feat of diplomacy”", "calls on Kyiv to":
    // the present of a live report (`plausible`), not "phone calls".
    t("calls", Statement, Speech, "called"),
    t("stating", Statement, Speech, "stated"),
    t("saying", Statement, Speech, "said"),
    t("telling", Statement, Speech, "told"),
    t("adding", Statement, Speech, "added"),
    t("noting", Statement, Speech, "noted"),
    t("warning", Statement, Speech, "warned"),
    t("according to", Statement, Speech, "according-to"),
    t("told reporters", Statement, Speech, "told-reporters"),
    t("in a statement", Statement, Speech, "in-a-statement"),
    // "“…,” the statement read": only after a document (`plausible`).
    t("read", Statement, Speech, "read"),
    t("reads", Statement, Speech, "read"),
    t("pointed out", Statement, Speech, "pointed-out"),
    t("in an interview", Statement, Speech, "interview"),
    t("declined to comment", Statement, Silence, "declined-to-comment"),
    t("did not respond", Statement, Silence, "no-response"),
    t("did not comment", Statement, Silence, "no-response"),
    t("remained silent", Statement, Silence, "silent"),
    t("no immediate reaction", Statement, Silence, "no-reaction"),
    t("no immediate comment", Statement, Silence, "no-reaction"),
    t("released no", Statement, Silence, "released-no"),
    // attack
    t("attacked", Attack, Verb, "attacked"),
    t("attack", Attack, Noun, "attack"),
    t("attacks", Attack, Noun, "attack"),
    t("struck", Attack, Verb, "struck"),
    t("strike", Attack, Noun, "strike"),
    t("strikes", Attack, Noun, "strike"),
    t("airstrike", Attack, Noun, "strike"),
    t("airstrikes", Attack, Noun, "strike"),
    t("air strike", Attack, Noun, "strike"),
    t("air strikes", Attack, Noun, "strike"),
    t("shelling", Attack, Noun, "shelling"),
    t("shelled", Attack, Verb, "shelling"),
    t("bombed", Attack, Verb, "bombed"),
    t("bombing", Attack, Noun, "bombed"),
    t("bombings", Attack, Noun, "bombed"),
    t("bombardment", Attack, Noun, "bombed"),
    t("bombardments", Attack, Noun, "bombed"),
    t("drone attack", Attack, Noun, "drone-attack"),
    t("drone attacks", Attack, Noun, "drone-attack"),
    t("missile attack", Attack, Noun, "missile-attack"),
    t("missile strike", Attack, Noun, "missile-attack"),
    t("air raid", Attack, Noun, "air-raid"),
    t("raid", Attack, Noun, "raid"),
    t("fired", Attack, Verb, "fired"),
    t("launched", Attack, Verb, "launched"),
    t("launches", Attack, Verb, "launched"),
    t("killed", Attack, Verb, "killed"),
    t("killing", Attack, Verb, "killed"),
    t("hit", Attack, Verb, "hit"),
    // "one of their cars was damaged by a drone": only by a weapon
    // (`plausible`).
    t("damaged by", Attack, Verb, "damaged"),
    t("destroyed by", Attack, Verb, "damaged"),
    t("ambushed", Attack, Verb, "attacked"),
    t("assault", Attack, Noun, "assault"),
    t("shot down", Attack, Verb, "shot-down"),
    t("downed", Attack, Verb, "shot-down"),
    t("opened fire", Attack, Verb, "fired"),
    t("exchanged fire", Attack, Verb, "fired"),
    t("exchanging fire", Attack, Verb, "fired"),
    // "clashes erupted in the capital", "protesters clashed with police";
    // not "clashed with reporters over the figures" (`plausible`).
    t("clashes", Attack, Noun, "clashes"),
    t("clashed with", Attack, Verb, "clashes"),
    t("barrage", Attack, Noun, "barrage"),
    t("drone strike", Attack, Noun, "drone-attack"),
    t("drone strikes", Attack, Noun, "drone-attack"),
    t("rocket attack", Attack, Noun, "missile-attack"),
    t("rocket attacks", Attack, Noun, "missile-attack"),
    t("shooting", Attack, Noun, "shooting"),
    t("shootings", Attack, Noun, "shooting"),
    t("explosion", Attack, Noun, "explosion"),
    t("explosions", Attack, Noun, "explosion"),
    t("blast", Attack, Noun, "explosion"),
    t("blasts", Attack, Noun, "explosion"),
    t("firefight", Attack, Noun, "firefight"),
    t("massacre", Attack, Noun, "massacre"),
    t("massacres", Attack, Noun, "massacre"),
    t("massacred", Attack, Verb, "massacre"),
    t("gunfight", Attack, Noun, "firefight"),
    t("gun battle", Attack, Noun, "firefight"),
    // military
    // "Operation Sindoor": see `plausible`
    t("operation", Military, Noun, "operation"),
    t("military operation", Military, Noun, "operation"),
    t("ground operation", Military, Noun, "operation"),
    t("counterterrorism operation", Military, Noun, "operation"),
    t("counter-terrorism operation", Military, Noun, "operation"),
    t("manhunt", Military, Noun, "manhunt"),
    // "the army retaliated on Wednesday"; "retaliated with drone strikes"
    // is the strikes' (`plausible`).
    t("retaliated", Military, Verb, "retaliated"),
    t("retaliating", Military, Verb, "retaliated"),
    t("invaded", Military, Verb, "invaded"),
    t("invasion", Military, Noun, "invasion"),
    t("annexation", Military, Noun, "annexation"),
    t("annexed", Military, Verb, "annexation"),
    t("offensive", Military, Noun, "offensive"),
    t("counteroffensive", Military, Noun, "offensive"),
    t("advance", Military, Verb, "advance"),
    t("advanced", Military, Verb, "advance"),
    t("advancing", Military, Verb, "advance"),
    t("occupied", Military, Verb, "occupied"),
    t("occupation", Military, Noun, "occupied"),
    t("captured", Military, Verb, "captured"),
    t("seized", Military, Verb, "captured"),
    t("territorial gains", Military, Noun, "gains"),
    t("deployed", Military, Verb, "deployed"),
    t("mobilization", Military, Noun, "mobilization"),
    t("withdraw", Military, Verb, "withdrawal"),
    t("withdrew", Military, Verb, "withdrawal"),
    t("withdrawing", Military, Verb, "withdrawal"),
    t("withdrawal", Military, Noun, "withdrawal"),
    t("withdrawals", Military, Noun, "withdrawal"),
    t("pull out", Military, Verb, "withdrawal"),
    t("pulled out", Military, Verb, "withdrawal"),
    t("pulling out", Military, Verb, "withdrawal"),
    t("pulled back", Military, Verb, "withdrawal"),
    t("pulling back", Military, Verb, "withdrawal"),
    t("retreat", Military, Noun, "withdrawal"),
    t("retreated", Military, Verb, "withdrawal"),
    t("recaptured", Military, Verb, "captured"),
    t("retook", Military, Verb, "captured"),
    // Armed forces moving in ("troops entered the building", "soldiers
    // surrounded parliament", "was encircled by troops"); only with the
    // forces as the subject or the passive's agent (`plausible`).
    t("entered", Military, Verb, "entered"),
    t("entering", Military, Verb, "entered"),
    t("enter", Military, Verb, "entered"),
    t("surrounded", Military, Verb, "surrounded"),
    t("surrounding", Military, Verb, "surrounded"),
    t("encircled", Military, Verb, "surrounded"),
    t("sealed off", Military, Verb, "surrounded"),
    t("cordoned off", Military, Verb, "surrounded"),
    t("blockaded", Military, Verb, "surrounded"),
    t("moved into", Military, Verb, "moved-in"),
    t("rolled into", Military, Verb, "moved-in"),
    t("poured into", Military, Verb, "moved-in"),
    // A war as background history, only where the sentence starts or
    // dates it ("the civil war that began in 2011", "an insurgency since
    // 1989"); "the war" named again everywhere else (`plausible`).
    t("war", Military, Noun, "war"),
    t("civil war", Military, Noun, "war"),
    t("insurgency", Military, Noun, "war"),
    t("uprising", Military, Noun, "war"),
    t("rebellion", Military, Noun, "war"),
    // travel
    t("arrived", Travel, Verb, "arrived"),
    t("arrives", Travel, Verb, "arrived"),
    t("arrival", Travel, Noun, "arrived"),
    t("landed", Travel, Verb, "landed"),
    t("departed", Travel, Verb, "departed"),
    t("departure", Travel, Noun, "departed"),
    t("left", Travel, Verb, "left"),
    t("flew", Travel, Verb, "flew"),
    t("flight to", Travel, Noun, "flew"),
    t("traveled", Travel, Verb, "traveled"),
    t("travelled", Travel, Verb, "traveled"),
    t("travel to", Travel, Verb, "traveled"),
    t("travels to", Travel, Verb, "traveled"),
    t("traveling to", Travel, Verb, "traveled"),
    t("travelling to", Travel, Verb, "traveled"),
    t("fly to", Travel, Verb, "flew"),
    t("flies to", Travel, Verb, "flew"),
    t("trip to", Travel, Noun, "trip"),
    t("visited", Travel, Verb, "visited"),
    t("visit", Travel, Verb, "visited"),
    t("visits", Travel, Verb, "visited"),
    t("visit to", Travel, Noun, "visit"),
    t("headed to", Travel, Verb, "headed"),
    t("returned to", Travel, Verb, "returned"),
    t("returned home", Travel, Verb, "returned"),
    t("return to", Travel, Verb, "returned"),
    t("returns to", Travel, Verb, "returned"),
    t("returning to", Travel, Verb, "returned"),
    t("return home", Travel, Verb, "returned"),
    t("arrive in", Travel, Verb, "arrived"),
    t("arriving in", Travel, Verb, "arrived"),
    t("leave for", Travel, Verb, "left"),
    t("leaves for", Travel, Verb, "left"),
    t("visiting", Travel, Verb, "visited"),
    t("ride in", Travel, Noun, "ride"),
    // threat
    t("threatened", Threat, Verb, "threatened"),
    t("threatens", Threat, Verb, "threatened"),
    t("threat", Threat, Noun, "threat"),
    t("threats", Threat, Noun, "threat"),
    t("ultimatum", Threat, Noun, "ultimatum"),
    // "urged him to resign or face impeachment": a demand backed by a
    // penalty; the urging is that threat, not a remark (`plausible`).
    t("or face", Threat, Verb, "ultimatum"),
    t("deadline", Threat, Noun, "deadline"),
    t("demanded", Threat, Verb, "demanded"),
    t("demands", Threat, Noun, "demands"),
    t("warned of", Threat, Verb, "warned-of"),
    t("threatening", Threat, Verb, "threatened"),
    t("vowed revenge", Threat, Verb, "vowed-revenge"),
    t("vows revenge", Threat, Verb, "vowed-revenge"),
    t("vowing revenge", Threat, Verb, "vowed-revenge"),
    t("vowed retaliation", Threat, Verb, "vowed-revenge"),
    t("vowed to retaliate", Threat, Verb, "vowed-revenge"),
    t("vows to retaliate", Threat, Verb, "vowed-revenge"),
    t("vowing to retaliate", Threat, Verb, "vowed-revenge"),
    t("vowed to avenge", Threat, Verb, "vowed-revenge"),
    t("promised revenge", Threat, Verb, "vowed-revenge"),
    t("promised retaliation", Threat, Verb, "vowed-revenge"),
    t("secondary sanctions", Threat, Noun, "sanctions"),
    t("new sanctions", Threat, Noun, "sanctions"),
    t("imposed sanctions", Threat, Verb, "sanctions"),
    t("impose sanctions", Threat, Verb, "sanctions"),
    // agreement
    t("agreed", Agreement, Verb, "agreed"),
    t("agreeing", Agreement, Verb, "agreed"),
    t("agree", Agreement, Verb, "agreed"),
    t("agrees", Agreement, Verb, "agreed"),
    t("agreement", Agreement, Noun, "agreement"),
    t("agreements", Agreement, Noun, "agreement"),
    t("deal", Agreement, Noun, "deal"),
    t("accord", Agreement, Noun, "accord"),
    t("signed", Agreement, Verb, "signed"),
    // "concluding their meeting by signing a joint agreement".
    t("signing", Agreement, Verb, "signed"),
    t("ceasefire", Agreement, Noun, "ceasefire"),
    t("cease-fire", Agreement, Noun, "ceasefire"),
    t("truce", Agreement, Noun, "ceasefire"),
    t("treaty", Agreement, Noun, "treaty"),
    t("pact", Agreement, Noun, "accord"),
    t("understanding", Agreement, Noun, "agreement"),
    // other
    t("indictment", Other, Noun, "indictment"),
    t("indicted", Other, Verb, "indictment"),
    t("arrested", Other, Verb, "arrested"),
    // "was sentenced to 16 years", "convicted of espionage": a verdict.
    t("sentenced", Other, Verb, "sentenced"),
    t("convicted", Other, Verb, "sentenced"),
    t("elected", Other, Verb, "elected"),
    t("re-elected", Other, Verb, "elected"),
    t("reelected", Other, Verb, "elected"),
    // "will be sworn in on January 1", "was inaugurated on Monday".
    t("sworn in", Other, Verb, "inauguration"),
    t("inaugurated", Other, Verb, "inauguration"),
    t("inauguration", Other, Noun, "inauguration"),
    t("election", Other, Noun, "election"),
    t("resigned", Other, Verb, "resigned"),
    t("ousted", Other, Verb, "ousted"),
    t("overthrew", Other, Verb, "ousted"),
    t("overthrown", Other, Verb, "ousted"),
    t("coup", Other, Noun, "coup"),
    // "declared martial law", "martial law was lifted": a decree made or
    // ended, where a verb says so (`plausible`).
    t("martial law", Other, Noun, "martial-law"),
    t("state of emergency", Other, Noun, "martial-law"),
    // "Hamas will release 33 hostages", "prisoners were freed": captives
    // set free (`plausible`), not "released a statement".
    t("released", Other, Verb, "release"),
    t("release", Other, Verb, "release"),
    t("releases", Other, Verb, "release"),
    t("releasing", Other, Verb, "release"),
    t("freed", Other, Verb, "release"),
    t("free", Other, Verb, "release"),
    t("frees", Other, Verb, "release"),
    t("freeing", Other, Verb, "release"),
    // "exchanged 175 prisoners of war", "the prisoner swap", "the
    // exchange of 350 captives": captives traded (`plausible`), not "an
    // exchange of views" or "a debt swap".
    t("exchange", Other, Noun, "prisoner-exchange"),
    t("exchanges", Other, Noun, "prisoner-exchange"),
    t("exchanged", Other, Verb, "prisoner-exchange"),
    t("swap", Other, Noun, "prisoner-exchange"),
    t("swaps", Other, Noun, "prisoner-exchange"),
    t("swapped", Other, Verb, "prisoner-exchange"),
    t("traded", Other, Verb, "prisoner-exchange"),
    // "protesters rallied outside parliament", "thousands took to the
    // streets"; a protest where a group or a place is named.
    t("protested", Other, Verb, "protest"),
    t("protesting", Other, Verb, "protest"),
    t("took to the streets", Other, Verb, "protest"),
    // "truckers blocked roads in 20 states", "continued to block highways".
    t("blocked roads", Other, Verb, "protest"),
    t("blocked highways", Other, Verb, "protest"),
    t("blocking roads", Other, Verb, "protest"),
    t("blocking highways", Other, Verb, "protest"),
    t("block roads", Other, Verb, "protest"),
    t("block highways", Other, Verb, "protest"),
    t("rallied", Other, Verb, "protest"),
    t("marched", Other, Verb, "protest"),
    t("gathered", Other, Verb, "protest"),
    t("protest", Other, Noun, "protest"),
    t("protests", Other, Noun, "protest"),
    t("rally", Other, Noun, "protest"),
    t("demonstration", Other, Noun, "protest"),
    t("demonstrations", Other, Noun, "protest"),
    // "lawmakers voted to lift it", "parliament passed a resolution".
    t("voted", Other, Verb, "vote"),
    t("passed a resolution", Other, Verb, "vote"),
    t("adopted a resolution", Other, Verb, "vote"),
    t("approved a motion", Other, Verb, "vote"),
    t("approved a resolution", Other, Verb, "vote"),
    t("detained", Other, Verb, "arrested"),
    t("took office", Other, Verb, "took-office"),
    t("taking office", Other, Verb, "took-office"),
    t("not invited", Other, Verb, "not-invited"),
    t("excluded from", Other, Verb, "not-invited"),
    t("not included in", Other, Verb, "not-invited"),
    t("left out of", Other, Verb, "not-invited"),
    t("shut out of", Other, Verb, "not-invited"),
    t("interfered", Other, Verb, "interfered"),
    t("recalled", Other, Verb, "diplomat-recalled"),
    t("recalls", Other, Verb, "diplomat-recalled"),
    t("summoned", Other, Verb, "diplomat-summoned"),
    t("summons", Other, Verb, "diplomat-summoned"),
    // "the Foreign Office called in the ambassador", "Pakistan's charge
    // d'affaires was called to Iran's Foreign Ministry" (`plausible`).
    t("called in", Other, Verb, "diplomat-summoned"),
    t("called to", Other, Verb, "diplomat-summoned"),
    t("expelled", Other, Verb, "diplomat-expelled"),
    t("expels", Other, Verb, "diplomat-expelled"),
    t("severed", Other, Verb, "severed-ties"),
    t("suspended", Other, Verb, "severed-ties"),
    t("broke off", Other, Verb, "severed-ties"),
    t("cut ties", Other, Verb, "severed-ties"),
    t("cut off ties", Other, Verb, "severed-ties"),
    t("cut diplomatic ties", Other, Verb, "severed-ties"),
    t("stormed", Attack, Verb, "stormed"),
    t("storming", Attack, Noun, "stormed"),
];

/// Triggers by first word: the phrase's words and the trigger.
type TriggerMap = FxHashMap<&'static str, Vec<(Vec<&'static str>, Trigger)>>;

/// The trigger table indexed by first word, longest phrase first, behind a
/// filter over the first words: most words of a sentence start no
/// trigger, and the filter rules them out without hashing.
struct TriggerTable {
    map: TriggerMap,
    filter: KeyFilter,
}

impl TriggerTable {
    #[inline(always)]
    fn get(&self, key: &str) -> Option<&Vec<(Vec<&'static str>, Trigger)>> {
        if !self.filter.may_contain(key) {
            return None;
        }
        self.map.get(key)
    }
}

/// The trigger table, built once.
fn table() -> &'static TriggerTable {
    static TABLE: OnceLock<TriggerTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map = TriggerMap::default();
        let mut filter = KeyFilter::default();
        for trigger in TRIGGERS {
            let words: Vec<&'static str> = trigger.phrase.split(' ').collect();
            if let Some(first) = words.first().copied() {
                filter.insert(first);
                map.entry(first).or_default().push((words, *trigger));
            }
        }
        for entries in map.values_mut() {
            entries.sort_by_key(|(words, _)| std::cmp::Reverse(words.len()));
        }
        TriggerTable { map, filter }
    })
}

/// Whether a word is a trigger by itself ("attack", "met", "said").
pub fn is_trigger_word(key: &str) -> bool {
    table()
        .get(key)
        .is_some_and(|entries| entries.iter().any(|(w, _)| w.len() == 1))
}

/// Whether a lowercase word is a speech verb ("said", "told").
pub fn is_speech_word(key: &str) -> bool {
    table().get(key).is_some_and(|entries| {
        entries.iter().any(|(w, t)| w.len() == 1 && t.form == Speech)
    })
}

/// Whether a lowercase word is a journey's verb, by itself or as the
/// first word of one ("arrived", "flew", "travel" of "travel to").
pub fn is_travel_word(key: &str) -> bool {
    table().get(key).is_some_and(|entries| {
        entries.iter().any(|(_, t)| t.kind == Travel && t.form == Verb)
    })
}

/// A trigger found in a sentence.
#[derive(Clone, Copy, Debug)]
pub struct Found {
    /// The trigger.
    pub trigger: Trigger,
    /// Index of its first word.
    pub first_word: usize,
    /// Index one past its last word.
    pub end_word: usize,
}

/// Every trigger in a sentence, in order, longest match at each word.
pub fn triggers(scan: &Scan<'_, '_>) -> Vec<Found> {
    let mut out = Vec::new();
    triggers_into(scan, &mut out);
    out
}

/// `triggers` into a buffer reused from sentence to sentence (cleared
/// first).
pub fn triggers_into(scan: &Scan<'_, '_>, out: &mut Vec<Found>) {
    out.clear();
    let mut idx = 0;
    while idx < scan.words.len() {
        let key = scan.key(idx);
        let mut advanced = false;
        if let Some(entries) = table().get(key) {
            for (words, trigger) in entries {
                let matches = words.iter().enumerate().all(|(offset, word)| {
                    offset == 0 || scan.key(idx + offset) == *word
                });
                if matches {
                    out.push(Found {
                        trigger: *trigger,
                        first_word: idx,
                        end_word: idx + words.len(),
                    });
                    idx += words.len();
                    advanced = true;
                    break;
                }
            }
        }
        if !advanced {
            idx += 1;
        }
    }
}

/// Words that negate a happening when they come shortly before its trigger.
static NEGATIONS: WordList = WordList::new(&[
    "not",
    "no",
    "never",
    "without",
    "failed",
    "fail",
    "refused",
    "lack",
    "absence",
    "cannot",
    "didn't",
    "didn’t",
    "wasn't",
    "wasn’t",
    "won't",
    "won’t",
    "hasn't",
    "hasn’t",
    "haven't",
    "haven’t",
    "weren't",
    "weren’t",
    "nor",
    "neither",
    "unable",
]);

/// Words that make a happening planned.
static PLANNED: WordList = WordList::new(&[
    "will",
    "scheduled",
    "planned",
    "plans",
    "plan",
    "set",
    "expected",
    "due",
    "upcoming",
    "intends",
    "intention",
    "intend",
    "next",
    "going",
    "shall",
    "arrange",
    "arranged",
    "announced",
]);

/// Whether "May" at `idx` is the month ("On May 7, the two met", "In
/// May, ..."), not the modal: capitalised inside a sentence, or before a
/// number at its start.
fn month_may(scan: &Scan<'_, '_>, idx: usize) -> bool {
    scan.key(idx) == "may"
        && scan.words.get(idx).is_some_and(|w| w.capital)
        && (idx > 0
            || scan
                .key(idx + 1)
                .bytes()
                .next()
                .is_some_and(|b| b.is_ascii_digit()))
}

/// Verbs that make the happening of the infinitive after them planned
/// ("is to visit", "agreed to meet again", "vowed to return").
/// How many words before "to" a planning verb may stand ("agreed on
/// Thursday to").
const PLANNED_BEFORE_TO_GAP: usize = 3;

static PLANNED_BEFORE_TO: WordList = WordList::new(&[
    "is", "are", "agreed", "agree", "agrees", "decided", "voted",
]);

/// Words that make a happening hypothetical.
static HYPOTHETICAL: WordList = WordList::new(&[
    "could",
    "would",
    "might",
    "should",
    "may",
    "if",
    "possible",
    "possibly",
    "potential",
    "proposed",
    "idea",
    "hope",
    "hopes",
    "hoped",
    "want",
    "wants",
    "wanted",
    "seeking",
    "seek",
    "push",
    "pushing",
    "calls",
    "urged",
    "aim",
    "aimed",
    "aiming",
    "allow",
    "allowing",
    "enable",
    "enabling",
    "try",
    "trying",
    "attempt",
    "expectation",
    "unless",
    "whether",
    "prospect",
    "securing",
    "secure",
    "reach",
    "reaching",
    "prepared",
    "willing",
    "ready",
    "readiness",
    "consider",
]);

/// Verbs before a trigger that say it did not happen ("cancelled the
/// visit", "called off strikes").
static CANCELLED_BEFORE: WordList = WordList::new(&[
    "canceled",
    "cancelled",
    "scrapped",
    "aborted",
    "postponed",
    "derailed",
]);

/// Whether the word at `idx` drops what follows it: "cancelled",
/// "scrapped", "derailed", or the "off" of "called off".
fn cancels(scan: &Scan<'_, '_>, idx: usize) -> bool {
    let key = scan.key(idx);
    CANCELLED_BEFORE.contains(key)
        || (key == "off" && scan.key(idx.wrapping_sub(1)) == "called")
}

/// Most words between a noun trigger and the passive that cancels it ("A
/// press conference at the White House scheduled for Friday where the two
/// planned to sign the deal was canceled").
const CANCELLED_AFTER_WORDS_MAX: usize = 30;

/// Whether the noun trigger is the subject of a passive cancellation
/// later in its sentence: "was canceled", "has been postponed", "were
/// called off", "was also cancelled", with no clause break (";", or ",
/// and"/"but") between.
fn cancelled_after(scan: &Scan<'_, '_>, found: &Found) -> bool {
    let end =
        (found.end_word + CANCELLED_AFTER_WORDS_MAX).min(scan.words.len());
    for idx in found.end_word..end {
        let key = scan.key(idx);
        if scan.gap_holds(idx, b';')
            || key == "but"
            || (key == "and" && scan.gap_holds(idx, b','))
        {
            return false;
        }
        if matches!(key, "was" | "were" | "been") {
            // "was also cancelled", "were later postponed".
            let next = if matches!(
                scan.key(idx + 1),
                "also" | "later" | "then" | "abruptly" | "subsequently"
            ) {
                idx + 2
            } else {
                idx + 1
            };
            let dropped = CANCELLED_BEFORE.contains(scan.key(next))
                || (scan.key(next) == "called" && scan.key(next + 1) == "off");
            if dropped {
                return true;
            }
        }
    }
    false
}

/// Words after a trigger that say it did not happen.
static NEGATED_AFTER: WordList =
    WordList::new(&["canceled", "cancelled", "postponed", "called"]);

/// Words back from a journey's purpose its status cue may stand ("is due
/// to travel to Warsaw on Wednesday for talks").
const PURPOSE_LOOKBACK_WORDS: usize = 12;

/// Whether a noun trigger is the purpose of a journey its clause reports:
/// "for" before it (or before its article) and a travel word before that.
fn journey_purpose(
    scan: &Scan<'_, '_>,
    found: &Found,
    clause_start: usize,
) -> bool {
    if found.trigger.form != Noun {
        return false;
    }
    let first = found.first_word;
    let article = matches!(scan.key(first.wrapping_sub(1)), "a" | "an" | "the");
    let Some(purpose) = first.checked_sub(1 + usize::from(article)) else {
        return false;
    };
    scan.key(purpose) == "for"
        && (purpose.saturating_sub(PURPOSE_LOOKBACK_WORDS).max(clause_start)
            ..purpose)
            .any(|i| {
                let key = scan.key(i);
                is_travel_word(key)
            })
}

/// The status of the happening a trigger reports, from the words before it
/// in its clause (nearest cue wins) and a few after it.
pub fn status(
    scan: &Scan<'_, '_>,
    found: &Found,
    clause_start: usize,
) -> Status {
    if found.trigger.form == Silence {
        return Status::NotOccurred;
    }
    if found.trigger.phrase == "or face" {
        // "urged him to resign or face impeachment": the penalty is
        // conditional by nature; the threat was made.
        return Status::Occurred;
    }
    if found.trigger.form == Noun && cancelled_after(scan, found) {
        // "A planned summit ... was cancelled": whatever came before.
        return Status::NotOccurred;
    }
    // "is due to travel to Warsaw on Wednesday for talks": the purpose of
    // a journey shares the journey's cue, farther back.
    let lookback = if found.trigger.form == Speech {
        2
    } else if journey_purpose(scan, found, clause_start) {
        PURPOSE_LOOKBACK_WORDS
    } else {
        6
    };
    let from = found.first_word.saturating_sub(lookback).max(clause_start);
    for idx in (from..found.first_word).rev() {
        let next = scan.key(idx + 1);
        if next == "but" || (next == "and" && scan.gap_holds(idx + 1, b',')) {
            // "the lunch was canceled, and both presidents returned", "has
            // not commented but launched drones": a cue before ", and" or
            // "but" belongs to the clause before it.
            break;
        }
        let key = scan.key(idx);
        if key == "not" && scan.key(idx + 1) == "only" {
            // "not only the first summit, but also ...": no negation.
            continue;
        }
        // "After three failed attempts, X was elected": "failed" before
        // another noun describes that noun; it negates an infinitive
        // ("failed to reach") or the trigger it stands right before ("a
        // failed coup").
        let describes_another = matches!(key, "failed" | "fail")
            && scan.key(idx + 1) != "to"
            && found.first_word - idx > 2;
        // "has yet to concede", "is yet to meet": not so far.
        let yet_to = key == "yet" && scan.key(idx + 1) == "to";
        if (NEGATIONS.contains(key) && !describes_another)
            || yet_to
            || key.ends_with("n't")
            || key.ends_with("n’t")
            || cancels(scan, idx)
        {
            return Status::NotOccurred;
        }
        if found.trigger.form == Speech {
            continue;
        }
        if found.trigger.form == Noun && matches!(key, "following" | "after") {
            // "hoped he would sign a truce following a call with X": the
            // call is taken as done, whatever the clause says of the rest.
            return Status::Occurred;
        }
        if key == "would" && reported_future(scan, idx) {
            return Status::Planned;
        }
        if HYPOTHETICAL.contains(key) && !month_may(scan, idx) {
            // "without securing a truce", "failed to reach a deal": an
            // attempt reported as failed is a happening that did not occur.
            let attempt = matches!(
                key,
                "securing"
                    | "secure"
                    | "reach"
                    | "reaching"
                    | "seek"
                    | "seeking"
                    | "try"
                    | "trying"
                    | "attempt"
            );
            let negated = attempt
                && (idx.saturating_sub(2).max(clause_start)..idx)
                    .any(|i| NEGATIONS.contains(scan.key(i)));
            return if negated {
                Status::NotOccurred
            } else {
                Status::Hypothetical
            };
        }
        if key == "due" && causal_due(scan, idx, found) {
            // "damage due to missile strikes": a cause, not a plan.
            continue;
        }
        if PLANNED.contains(key) {
            // "called off a planned visit", "derailed the scheduled
            // signing": the plan was dropped.
            let dropped = (from..idx).any(|i| cancels(scan, i));
            return if dropped { Status::NotOccurred } else { Status::Planned };
        }
        // "agreed to meet", "agreed on Thursday to open talks".
        if key == "to"
            && (1..=PLANNED_BEFORE_TO_GAP).any(|back| {
                PLANNED_BEFORE_TO.contains(scan.key(idx.wrapping_sub(back)))
            })
        {
            return Status::Planned;
        }
        // "The deal includes a phased withdrawal", "a ceasefire phase that
        // includes the release of": what an agreement lays down is planned.
        if found.trigger.kind != Agreement
            && agreement_content(scan, idx, clause_start)
        {
            return Status::Planned;
        }
        // "called for a summit every year", "calls for talks": wanted.
        if key == "for"
            && matches!(
                scan.key(idx.wrapping_sub(1)),
                "call" | "called" | "calling" | "calls"
            )
        {
            return Status::Hypothetical;
        }
    }
    if found.trigger.form != Speech
        && found.trigger.kind != Agreement
        && agreement_content_before(scan, from, clause_start)
    {
        // "provides for an exchange of prisoners and a summit of the two
        // presidents": a later object of the agreement's verb.
        return Status::Planned;
    }
    if found.trigger.form == Noun && planned_predicate(scan, found) {
        // "Talks between the two ministers are scheduled for Thursday", "a
        // second round of talks is expected to be held next week".
        return Status::Planned;
    }
    if found.trigger.form != Speech {
        for offset in 0..4 {
            let key = scan.key(found.end_word + offset);
            if NEGATED_AFTER.contains(key)
                && (key != "called"
                    || scan.key(found.end_word + offset + 1) == "off")
            {
                return Status::NotOccurred;
            }
            if key == "planned"
                || key == "scheduled"
                || (offset == 0 && key == "will")
            {
                return Status::Planned;
            }
            if offset == 0
                && matches!(key, "can" | "could" | "would" | "might" | "may")
                && !month_may(scan, found.end_word)
            {
                return Status::Hypothetical;
            }
        }
    }
    if let Some(status) = coordinated_plan(scan, found, clause_start) {
        return status;
    }
    Status::Occurred
}

/// Base forms that open a second verb phrase after "and" ("will arrive on
/// Monday and hold talks", "is expected to land in Paro and meet the
/// king").
static COORDINATED_BASE_VERBS: WordList = WordList::new(&[
    "hold", "meet", "sign", "visit", "attend", "host", "travel", "discuss",
    "receive", "address", "launch", "tour", "join", "open", "conduct", "pay",
    "lay", "deliver", "chair", "co-chair",
]);

/// Most words back from the "and" to the first verb phrase's cue.
const COORDINATED_CUE_WORDS_MAX: usize = 16;

/// "Modi will arrive on Monday and hold talks with his counterpart": a
/// happening in a verb phrase joined by "and" (no comma) to one with a
/// plan or a supposition shares its status: the first phrase's "will",
/// "is expected to" or "could" reaches over the "and". The trigger is the
/// base verb right after "and", or a noun that base verb takes ("and hold
/// talks"). Only the cues of plans and suppositions are read, and the
/// search stops at a reported clause ("said", "that").
fn coordinated_plan(
    scan: &Scan<'_, '_>,
    found: &Found,
    clause_start: usize,
) -> Option<Status> {
    let first = found.first_word;
    let verb = if found.trigger.form == Noun {
        (first.saturating_sub(3)..first)
            .rev()
            .find(|&i| COORDINATED_BASE_VERBS.contains(scan.key(i)))?
    } else {
        first
    };
    let and = verb.checked_sub(1)?;
    if scan.key(and) != "and" || scan.gap_holds(and, b',') {
        return None;
    }
    if found.trigger.form != Noun
        && !COORDINATED_BASE_VERBS.contains(scan.key(verb))
        && !matches!(scan.key(verb), "arrive" | "leave" | "speak" | "call")
    {
        return None;
    }
    let from = and.saturating_sub(COORDINATED_CUE_WORDS_MAX).max(clause_start);
    for idx in (from..and).rev() {
        let key = scan.key(idx);
        if matches!(key, "that" | "said" | "says")
            || scan.gap_holds(idx + 1, b';')
        {
            return None;
        }
        if matches!(
            key,
            "will" | "expected" | "scheduled" | "set" | "due" | "plans"
        ) {
            return Some(Status::Planned);
        }
        if matches!(key, "could" | "might" | "may" | "would")
            && !month_may(scan, idx)
        {
            return Some(Status::Hypothetical);
        }
    }
    None
}

/// Most words before a trigger its agreement's content verb may stand,
/// past the status scan's own reach (a list of objects).
const AGREEMENT_CONTENT_LOOKBACK: usize = 14;

/// Whether an agreement's content verb (`agreement_content`) stands among
/// the words before `from` in the clause, with no "but" or ", and"
/// between.
fn agreement_content_before(
    scan: &Scan<'_, '_>,
    from: usize,
    clause_start: usize,
) -> bool {
    let start =
        from.saturating_sub(AGREEMENT_CONTENT_LOOKBACK).max(clause_start);
    for idx in (start..from).rev() {
        let next = scan.key(idx + 1);
        if next == "but" || (next == "and" && scan.gap_holds(idx + 1, b',')) {
            return false;
        }
        if agreement_content(scan, idx, clause_start) {
            return true;
        }
    }
    false
}

/// Verbs by which an agreement lays down what is to happen ("The deal
/// includes a withdrawal", "the accord envisages talks"); "provides for"
/// and "calls for" take their "for".
static CONTENT_VERBS: WordList = WordList::new(&[
    "includes",
    "include",
    "included",
    "outlines",
    "outlined",
    "envisages",
    "envisaged",
    "envisions",
    "foresees",
    "stipulates",
    "stipulated",
    "entails",
    "requires",
    "provides",
    "provided",
    "calls",
    "called",
]);

/// Documents one body issues, which speak for it: "the statement said",
/// "the readout read" (`article::document_statement`). Not a communique
/// or a declaration, which are mostly joint.
pub(super) static DOCUMENT_NOUNS: WordList =
    WordList::new(&["statement", "readout", "release"]);

/// Nouns that name an agreement or its parts: the subject of a content
/// verb ("The deal includes"), or the object of "agreed to the ..."
/// that names an agreement already reported (`article`).
pub(super) static AGREEMENT_NOUNS: WordList = WordList::new(&[
    "deal",
    "agreement",
    "accord",
    "pact",
    "treaty",
    "truce",
    "ceasefire",
    "cease-fire",
    "plan",
    "proposal",
    "framework",
    "roadmap",
    "phase",
    "stage",
    "terms",
    "arrangement",
    "deal's",
    "deal’s",
]);

/// Most words between an agreement noun and its content verb ("The accord,
/// which diplomats described as fragile, envisages").
const AGREEMENT_SUBJECT_WORDS_MAX: usize = 8;

/// Whether the word at `idx` ends a content verb of an agreement: a verb
/// of `CONTENT_VERBS` ("provides for", "calls for": the "for") whose
/// subject, among the words before it in the clause, is an agreement noun
/// ("The deal includes", "a ceasefire phase that includes", "The accord,
/// which diplomats described as fragile, envisages"). "Israel's offensive
/// included airstrikes" has no agreement and reports what happened.
fn agreement_content(
    scan: &Scan<'_, '_>,
    idx: usize,
    clause_start: usize,
) -> bool {
    let verb = if scan.key(idx) == "for" {
        let before = idx.wrapping_sub(1);
        if !matches!(
            scan.key(before),
            "provides" | "provided" | "calls" | "called"
        ) {
            return false;
        }
        before
    } else {
        if matches!(scan.key(idx), "provides" | "provided" | "calls" | "called")
        {
            return false;
        }
        idx
    };
    if !CONTENT_VERBS.contains(scan.key(verb)) {
        return false;
    }
    (verb.saturating_sub(AGREEMENT_SUBJECT_WORDS_MAX).max(clause_start)..verb)
        .any(|i| AGREEMENT_NOUNS.contains(scan.key(i)))
}

/// Whether the "due" at `idx` gives a cause ("damage due to missile
/// strikes", "postponed due to the fighting") rather than a time ("is due
/// to hold talks", "due on Friday"): "to" follows and no verb that takes
/// the noun trigger as its object stands between "to" and the trigger.
fn causal_due(scan: &Scan<'_, '_>, idx: usize, found: &Found) -> bool {
    scan.key(idx + 1) == "to"
        && found.trigger.form == Noun
        && (idx + 2..found.first_word)
            .all(|i| !LIGHT_VERBS.contains(scan.key(i)))
}

/// Verbs that take a happening's noun as their object ("due to hold talks",
/// "set to attend the summit", "expected to sign a deal").
static LIGHT_VERBS: WordList = WordList::new(&[
    "be", "hold", "have", "attend", "host", "sign", "begin", "start", "open",
    "resume", "conclude", "join", "make", "launch", "conduct", "carry", "take",
    "pay", "give", "deliver", "reach", "finalise", "finalize", "seal",
    "discuss",
]);

/// Longest noun phrase, in words, between a noun trigger and the verb
/// that says it is planned ("Talks between the two foreign ministers are
/// scheduled").
const PLANNED_PREDICATE_WORDS_MAX: usize = 10;

/// Whether the noun trigger is the subject of a predicate of plan: the
/// first finite verb after it, before any clause break, relative pronoun,
/// subordinator or other verb, is a form of "be" followed by "scheduled",
/// "planned", "slated", "set" (not "set up"/"set off"), "due" (not "due to
/// bad weather"), "expected to" or "to" with a verb of holding ("is to be
/// held"). An agreement "set to take effect" was already made.
fn planned_predicate(scan: &Scan<'_, '_>, found: &Found) -> bool {
    let end =
        (found.end_word + PLANNED_PREDICATE_WORDS_MAX).min(scan.words.len());
    for idx in found.end_word..end {
        if idx > found.end_word
            && scan.gap_before(idx).contains([',', ';', ':', '(', '—', '–'])
        {
            return false;
        }
        let key = scan.key(idx);
        match key {
            // "the talks ended and a new round is scheduled": a verb of
            // its own ends the trigger's noun phrase.
            "which" | "that" | "who" | "where" | "when" | "but" | "has"
            | "have" | "had" | "did" | "before" | "after" | "as" | "while"
            | "because" | "since" | "until" | "if" | "will" | "would"
            | "could" | "might" | "may" | "shall" | "should" => {
                return false;
            }
            _ if idx > found.end_word
                && key.len() > 4
                && key.ends_with("ed") =>
            {
                return false;
            }
            "is" | "are" | "was" | "were" => {
                let mut next = idx + 1;
                while matches!(
                    scan.key(next),
                    "now"
                        | "also"
                        | "still"
                        | "tentatively"
                        | "provisionally"
                        | "already"
                ) {
                    next += 1;
                }
                let after = scan.key(next + 1);
                // "the ceasefire is set to take effect at 4 a.m.": an
                // agreement already made, whose terms start later.
                if found.trigger.kind == Agreement
                    && (next + 1..next + 5).any(|i| {
                        matches!(
                            scan.key(i),
                            "effect"
                                | "force"
                                | "begin"
                                | "start"
                                | "hold"
                                | "last"
                                | "expire"
                                | "end"
                        )
                    })
                {
                    return false;
                }
                return match scan.key(next) {
                    "scheduled" | "planned" | "slated" => true,
                    "set" => matches!(
                        after,
                        "to" | "for" | "on" | "in" | "next" | "later"
                    ),
                    "due" => {
                        matches!(
                            after,
                            "on" | "for" | "in" | "next" | "later" | "this"
                        ) || (after == "to"
                            && (LIGHT_VERBS.contains(scan.key(next + 2))
                                || matches!(
                                    scan.key(next + 2),
                                    "get" | "go" | "continue"
                                )))
                    }
                    "expected" | "to" => {
                        let verb = if scan.key(next) == "to" {
                            next + 1
                        } else {
                            next + 2
                        };
                        (scan.key(next) == "to" || after == "to")
                            && held_after_to(scan, verb)
                    }
                    _ => false,
                };
            }
            _ => {
                if is_trigger_word(key) && idx > found.end_word + 1 {
                    // Another happening's word: its own predicate.
                    return false;
                }
            }
        }
    }
    false
}

/// Whether the infinitive at `verb` holds a happening ("take place",
/// "begin", "be held", "be signed"): "talks are expected to resume", not
/// "discussions are expected to be high on the agenda" or "a press
/// conference was expected to be followed by a lunch".
fn held_after_to(scan: &Scan<'_, '_>, verb: usize) -> bool {
    match scan.key(verb) {
        "take" => scan.key(verb + 1) == "place",
        "begin" | "start" | "resume" | "open" | "continue" | "convene"
        | "conclude" | "last" | "happen" => true,
        "be" => matches!(
            scan.key(verb + 1),
            "held" | "convened" | "signed" | "hosted" | "staged" | "resumed"
        ),
        _ => false,
    }
}

/// Whether the "would" at `idx` is the future of a reported plan: a
/// reporting verb, then an optional "that" and a short subject, then
/// "would" ("announced he would meet", "said that the minister would
/// travel"). Conditionals ("would meet if", "it would be") stay
/// hypothetical because no reporting verb precedes them.
fn reported_future(scan: &Scan<'_, '_>, idx: usize) -> bool {
    let from = idx.saturating_sub(5);
    let Some(verb) = (from..idx).rev().find(|i| {
        let key = scan.key(*i);
        is_speech_word(key) || REPORTING_PLAN_VERBS.contains(key)
    }) else {
        return false;
    };
    // "said no deal would be signed": a negative forecast, not a plan.
    let negated = (verb + 1..idx).any(|i| NEGATIONS.contains(scan.key(i)));
    !negated
        && !(idx + 1..idx + 8)
            .any(|i| matches!(scan.key(i), "if" | "unless" | "otherwise"))
}

/// Verbs that report a plan with "would" after them but are not speech
/// triggers of their own.
static REPORTING_PLAN_VERBS: WordList = WordList::new(&[
    "announced",
    "confirmed",
    "promised",
    "pledged",
    "vowed",
    "indicated",
]);

/// Number words used in durations and counts.
static NUMBER_WORDS: WordList = WordList::new(&[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty",
    "hundred", "hundreds", "dozen", "dozens", "half", "several", "a", "an",
]);

static QUALIFIERS: WordList = WordList::new(&[
    "nearly", "almost", "about", "around", "roughly", "some", "over", "more",
    "than", "at", "least", "up", "to", "and", "just", "under", "less",
]);

/// Words that report deaths, then injuries, after or before their count.
static DEATH_WORDS: WordList =
    WordList::new(&["killed", "dead", "died", "killing"]);
static INJURY_WORDS: WordList =
    WordList::new(&["wounded", "injured", "hurt", "wounding", "injuring"]);
/// `DEATH_WORDS` and `INJURY_WORDS` together, so that `claims` rules out
/// most words with one filter test instead of two.
static CASUALTY_WORDS: WordList = WordList::new(&[
    "killed", "dead", "died", "killing", "wounded", "injured", "hurt",
    "wounding", "injuring",
]);

/// Words that end a count's phrase before a casualty word: a count they
/// stand between belongs to something else ("in 22 minutes, killing";
/// "since 2014 have died").
static COUNT_BREAKS: WordList = WordList::new(&[
    "in",
    "on",
    "at",
    "after",
    "before",
    "since",
    "during",
    "and",
    "or",
    "but",
    "than",
    "as",
    "when",
    "while",
    "with",
    "including",
    "among",
    "minutes",
    "hours",
    "days",
    "weeks",
    "months",
    "years",
    "percent",
    "km",
    "kilometres",
    "kilometers",
    "miles",
]);

/// Durations ("nearly three hours") and casualty counts ("at least 12
/// killed") stated in a sentence.
pub fn claims(scan: &Scan<'_, '_>) -> Vec<Claim> {
    let mut out = Vec::new();
    for idx in 0..scan.words.len() {
        let key = scan.key(idx);
        // Digits and '-' are ASCII: skipping them byte by byte is what
        // `trim_start_matches` does, without its char decoding.
        let lead = key
            .bytes()
            .take_while(|b| b.is_ascii_digit() || *b == b'-')
            .count();
        let unit = key.get(lead..).unwrap_or("");
        let unit = unit.strip_prefix('-').unwrap_or(unit);
        // Every unit starts with 'h', 'm' or 'd': one byte test rules out
        // most words before the comparisons.
        let is_duration =
            matches!(unit.as_bytes().first(), Some(b'h' | b'm' | b'd'))
                && matches!(
                    unit,
                    "hour" | "hours" | "minute" | "minutes" | "day" | "days"
                )
                && (key.contains('-')
                    || is_count(scan.key(idx.wrapping_sub(1))));
        if is_duration
            && scan.key(idx + 1) != "ago"
            && scan.key(idx + 1) != "before"
        {
            let start = phrase_start(scan, idx);
            if let Some(value) = words_text(scan, start, idx + 1) {
                out.push(Claim { field: "duration".into(), value });
            }
        }
        if !CASUALTY_WORDS.may_contain_bytes(key.as_bytes()) {
            continue;
        }
        let field = if DEATH_WORDS.contains(key) {
            "deaths"
        } else if INJURY_WORDS.contains(key) {
            "injuries"
        } else {
            continue;
        };
        if let Some(value) = casualty_claim(scan, idx) {
            out.push(Claim { field: field.into(), value });
        }
    }
    out
}

fn is_count(key: &str) -> bool {
    !key.is_empty()
        && (key.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.')
            || NUMBER_WORDS.contains(key))
}

/// The first word of a number phrase ending just before `idx`.
pub(super) fn phrase_start(scan: &Scan<'_, '_>, idx: usize) -> usize {
    let mut start = idx;
    while start > 0 {
        let key = scan.key(start - 1);
        if is_count(key)
            || QUALIFIERS.contains(key)
            || key.contains('-')
                && is_count(key.split('-').next().unwrap_or(""))
        {
            start -= 1;
        } else {
            break;
        }
    }
    // A connective the walk took in is not part of the count, but "at
    // least", "at most" and "up to" are.
    while start < idx
        && match scan.key(start) {
            "and" | "to" | "than" => true,
            "at" => !matches!(scan.key(start + 1), "least" | "most"),
            "up" => scan.key(start + 1) != "to",
            _ => false,
        }
    {
        start += 1;
    }
    start
}

/// The count a casualty word at `idx` reports, as stated: the count and
/// the word for a count before it ("at least 12 people were killed" gives
/// "at least 12 killed"), the word, count and noun for one after it
/// ("killing at least 12 soldiers"). A participle ("killing", "wounding")
/// takes its count after it only; a count before a word is taken across
/// plain words ("12 people were", "five of them"), never across a break
/// (`COUNT_BREAKS`).
fn casualty_claim(scan: &Scan<'_, '_>, idx: usize) -> Option<String> {
    let word = scan.key(idx);
    let participle = matches!(word, "killing" | "wounding" | "injuring");
    let back_max = if participle { 0 } else { 4 };
    for back in 1..=back_max {
        let Some(pos) = idx.checked_sub(back) else { break };
        let key = scan.key(pos);
        let day_of_month = pos
            .checked_sub(1)
            .is_some_and(|before| super::time::is_month_name(scan.key(before)));
        if is_casualty_count(key) && !day_of_month {
            let start = phrase_start(scan, pos + 1).min(pos);
            let number = words_text(scan, start, pos + 1)?;
            return Some(format!("{number} {word}"));
        }
        if COUNT_BREAKS.contains(key)
            || !key.bytes().all(|b| b.is_ascii_alphabetic())
        {
            break;
        }
    }
    // "killing at least 12 soldiers": qualifiers, a number, maybe a noun.
    let mut pos = idx + 1;
    while QUALIFIERS.contains(scan.key(pos)) && pos < idx + 4 {
        pos += 1;
    }
    if !is_casualty_count(scan.key(pos)) {
        return None;
    }
    // The noun right after the count, with nothing but a space between
    // ("killing 12 soldiers", not "wounding 11, the military said").
    let noun = scan.key(pos + 1);
    let adjacent = scan.words.get(pos + 1).is_some()
        && scan.gap_before(pos + 1).bytes().all(|b| b == b' ');
    let plain_noun = adjacent
        && noun != "of"
        && noun.bytes().all(|b| b.is_ascii_lowercase())
        && !COUNT_BREAKS.contains(noun)
        && !QUALIFIERS.contains(noun)
        && !DEATH_WORDS.contains(noun)
        && !INJURY_WORDS.contains(noun);
    let end = if plain_noun { pos + 2 } else { pos + 1 };
    words_text(scan, idx, end)
}

/// Whether a noun trigger passes `plausible` only where its own sentence
/// dates or makes it, so that a definite article never makes it a
/// reference: a war where the sentence starts or dates it, a decree where
/// a verb makes or ends it ("the war in Gaza" after "the civil war in
/// Sudan" is another war, "lifted the martial law" another act than
/// declaring it).
pub fn always_an_instance(found: &Found) -> bool {
    matches!(found.trigger.rule, "war" | "martial-law")
}

/// Whether a word is a year of modern history, 1800 to 2099 ("2014"; not
/// a count such as 1500).
pub(super) fn is_year(key: &str) -> bool {
    key.len() == 4
        && key.bytes().all(|b| b.is_ascii_digit())
        && ("1800".."2100").contains(&key)
}

/// A count of people: digits ("12", "1,200"; not a year such as 2014, nor
/// a decimal such as a quake's magnitude 7.5), or a number word ("five",
/// "dozens"; not "a" or "several").
fn is_casualty_count(key: &str) -> bool {
    if key.starts_with(|c: char| c.is_ascii_digit()) {
        return !is_year(key) && !key.contains('.');
    }
    NUMBER_WORDS.contains(key) && !matches!(key, "a" | "an" | "several")
}

/// The original text from word `from` to word `to` (exclusive).
fn words_text(scan: &Scan<'_, '_>, from: usize, to: usize) -> Option<String> {
    let first = scan.words.get(from)?;
    let last = scan.words.get(to.checked_sub(1)?)?;
    scan.text.get(first.range.start..last.range.end).map(str::to_string)
}

/// Triggers that are only a reference to a happening ("the summit") and add
/// no observation once one of their kind exists.
pub fn is_reference(scan: &Scan<'_, '_>, found: &Found) -> bool {
    if found.trigger.form != Noun {
        return false;
    }
    let previous = found.first_word.checked_sub(1).map_or("", |i| scan.key(i));
    let possessive = found
        .first_word
        .checked_sub(1)
        .and_then(|i| scan.words.get(i))
        .is_some_and(|w| w.possessive);
    let definite = |key: &str| {
        matches!(
            key,
            "the" | "this" | "that" | "his" | "her" | "their" | "its" | "same"
        )
    };
    // "the high-stakes meeting", "the closed-door talks": one modifier
    // between, unless it orders or opposes ("the last meeting", "the next
    // summit", "a first call").
    let modified = found.first_word.checked_sub(2).is_some_and(|before| {
        definite(scan.key(before))
            && scan.words.get(before + 1).is_some_and(|w| !w.capital)
            && !ORDERING_MODIFIERS.contains(previous)
            && !previous.bytes().any(|b| b.is_ascii_digit())
            && !is_trigger_word(previous)
    });
    definite(previous)
        || modified
        || possessive
        || names_a_place(scan, previous)
}

/// Words besides calendar words that date the happening they follow ("a
/// year ago", "last summer").
static DATING_WORDS: WordList = WordList::new(&[
    "ago",
    "yesterday",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
]);

/// Whether "or face" follows a demand in its clause ("urged Yoon to
/// resign immediately or face impeachment"): the demand is a threat.
fn ultimatum_after(scan: &Scan<'_, '_>, found: &Found) -> bool {
    /// Words from the demand's verb to "or face".
    const DEMAND_WORDS: usize = 12;
    let end = found.end_word;
    (end..end + DEMAND_WORDS)
        .take_while(|&i| i == end || !scan.gap_before(i).contains([';', '.']))
        .any(|i| scan.key(i) == "or" && scan.key(i + 1) == "face")
}

/// People held whom a release sets free.
static CAPTIVES: WordList = WordList::new(&[
    "hostage",
    "hostages",
    "prisoner",
    "prisoners",
    "detainee",
    "detainees",
    "captive",
    "captives",
    "inmates",
    "pows",
    "abductees",
]);

/// Most words between a release and the exchange it is part of ("were
/// freed on Wednesday as part of a prisoner swap").
const RELEASE_TO_EXCHANGE_WORDS: usize = 10;

/// Drops each release told as a half of an exchange in its clause ("were
/// freed on Wednesday as part of a prisoner swap", "the prisoner released
/// in the exchange", "swapped 90 prisoners, freeing 45 soldiers"): the
/// exchange is the one happening the sentence reports.
pub fn fold_releases_into_exchanges(
    scan: &Scan<'_, '_>,
    found: &mut Vec<Found>,
) {
    let is_exchange = |f: &Found| f.trigger.rule == "prisoner-exchange";
    if !found.iter().any(is_exchange) {
        return;
    }
    let exchanges: Vec<usize> =
        found.iter().filter(|f| is_exchange(f)).map(|f| f.first_word).collect();
    found.retain(|f| {
        f.trigger.rule != "release"
            || !exchanges.iter().any(|&e| {
                let (from, to) = if e < f.first_word {
                    (e, f.first_word)
                } else {
                    (f.first_word, e)
                };
                to - from <= RELEASE_TO_EXCHANGE_WORDS
                    && !(from + 1..=to)
                        .any(|i| scan.gap_before(i).contains([';', '.']))
            })
    });
}

/// Words after "calls" that may open the quote it calls something.
const CALLS_QUOTE_WORDS: usize = 8;

/// Nouns an exchange only modifies ("a prisoner exchange deal", "swap
/// talks", "the exchange rate").
static EXCHANGE_HEADS: WordList = WordList::new(&[
    "deal",
    "deals",
    "agreement",
    "agreements",
    "talks",
    "negotiations",
    "plan",
    "plans",
    "proposal",
    "proposals",
    "mechanism",
    "rate",
    "rates",
    "programme",
    "program",
    "list",
    "lists",
]);

/// Whether captives are the object of a release ("will free between 990
/// and 1,650 Palestinian prisoners") or its passive subject ("the first
/// hostages will be released"), with no clause break between.
fn captives_near(scan: &Scan<'_, '_>, found: &Found) -> bool {
    /// Words from the verb to its object's head.
    const OBJECT_WORDS: usize = 7;
    /// Words from a passive subject's head to the verb.
    const SUBJECT_WORDS: usize = 4;
    let first = found.first_word;
    let end = found.end_word;
    let object = (end..end + OBJECT_WORDS)
        .take_while(|&i| {
            i == end || !scan.gap_before(i).contains([',', ';', '.'])
        })
        .any(|i| CAPTIVES.contains(scan.key(i)));
    let subject = (first.saturating_sub(SUBJECT_WORDS)..first)
        .rev()
        .take_while(|&i| !scan.gap_before(i + 1).contains([';', '.']))
        .any(|i| CAPTIVES.contains(scan.key(i)));
    object || subject
}

/// Verbs that make or end a decree ("imposed martial law", "lifted the
/// state of emergency").
static DECREE_VERBS: WordList = WordList::new(&[
    "declared",
    "declare",
    "declares",
    "declaring",
    "imposed",
    "impose",
    "imposes",
    "imposing",
    "proclaimed",
    "proclaim",
    "lifted",
    "lift",
    "lifts",
    "lifting",
    "rescinded",
    "rescind",
    "revoked",
    "revoke",
    "repealed",
    "ended",
    "end",
    "ending",
    "extended",
    "extend",
]);

/// Words between a decree verb and its noun ("declared emergency martial
/// law", "lifted the nationwide state of emergency").
static DECREE_MODIFIERS: WordList = WordList::new(&[
    "the",
    "a",
    "an",
    "emergency",
    "nationwide",
    "national",
    "its",
    "his",
    "her",
    "their",
]);

/// Whether a verb makes or ends the decree a trigger names: before it
/// ("imposed martial law", "lifted the martial law decree") or after it
/// in the passive ("martial law was lifted").
fn decreed(scan: &Scan<'_, '_>, found: &Found) -> bool {
    let mut at = found.first_word;
    while at > 0 && DECREE_MODIFIERS.contains(scan.key(at - 1)) {
        at -= 1;
    }
    let before =
        at.checked_sub(1).is_some_and(|i| DECREE_VERBS.contains(scan.key(i)));
    let end = found.end_word;
    // "martial law was lifted", "the martial law, declared by X on
    // Tuesday, was lifted".
    let passive = matches!(scan.key(end), "was" | "were" | "had" | "has")
        && (end + 1..end + 3).any(|i| DECREE_VERBS.contains(scan.key(i)));
    let reduced =
        DECREE_VERBS.contains(scan.key(end)) && scan.key(end + 1) == "by";
    (before || passive || reduced) && !judged(scan, end)
}

/// Whether a judgement follows a decree noun: "declared the martial law
/// \"invalid\"" is a remark about the decree, not one made.
fn judged(scan: &Scan<'_, '_>, noun_end: usize) -> bool {
    scan.gap_before(noun_end).contains(['"', '“', '\''])
        || matches!(
            scan.key(noun_end),
            "invalid" | "void" | "null" | "illegal" | "unconstitutional"
        )
}

/// The end of a decree noun right after a declaring verb, over its
/// modifiers ("declared emergency martial law").
fn end_of_decree_after(scan: &Scan<'_, '_>, verb_end: usize) -> Option<usize> {
    let mut at = verb_end;
    while DECREE_MODIFIERS.contains(scan.key(at)) {
        at += 1;
    }
    let is = |words: &[&str]| {
        words.iter().enumerate().all(|(o, w)| scan.key(at + o) == *w)
    };
    if is(&["martial", "law"]) {
        Some(at + 2)
    } else if is(&["state", "of", "emergency"]) {
        Some(at + 3)
    } else {
        None
    }
}

/// Verbs that start a war, before it ("launched a war", "waged an
/// insurgency") or after it ("the war broke out").
static WAR_STARTS: WordList = WordList::new(&[
    "launched",
    "launching",
    "began",
    "begun",
    "beginning",
    "started",
    "starting",
    "waged",
    "waging",
    "sparked",
    "sparking",
    "triggered",
    "triggering",
    "unleashed",
    "declared",
    "erupted",
    "broke",
    "ended",
]);

/// Nouns that "war" premodifies ("war crimes", "a war zone"): no war of
/// its own.
static WAR_COMPOUNDS: WordList = WordList::new(&[
    "crimes",
    "crime",
    "criminal",
    "criminals",
    "zone",
    "zones",
    "effort",
    "games",
    "room",
    "chest",
    "footing",
    "cabinet",
    "powers",
    "memorial",
    "veteran",
    "veterans",
    "correspondent",
    "rhetoric",
    "machine",
    "time",
]);

/// Whether a war noun tells background history the sentence dates: a
/// year before it ("the 1971 war"), "in"/"since" and a year right after
/// it ("an insurgency since 1989", "the war in 2008"), or a verb that
/// starts it with a date close by ("launched a war against Ukraine in
/// February 2022", "the civil war began in April 2023"). "The war" named
/// again ("efforts to end the war", "war crimes", "a war of words") is
/// none.
fn war_dated(scan: &Scan<'_, '_>, found: &Found) -> bool {
    /// Words on either side searched for a starting verb.
    const START_WORDS: usize = 4;
    /// Words on either side searched for a date.
    const DATE_WORDS: usize = 8;
    let first = found.first_word;
    let end = found.end_word;
    let next = scan.key(end);
    if WAR_COMPOUNDS.contains(next)
        || (next == "of" && scan.key(end + 1) == "words")
    {
        return false;
    }
    let year = |i: usize| is_year(scan.key(i));
    let year_before =
        (1..=3).any(|back| first.checked_sub(back).is_some_and(year));
    let year_after = matches!(next, "in" | "since" | "of") && year(end + 1);
    if year_before || year_after {
        return true;
    }
    let started = (first.saturating_sub(START_WORDS)..first)
        .chain(end..end + START_WORDS)
        .any(|i| WAR_STARTS.contains(scan.key(i)));
    let dated = (first.saturating_sub(DATE_WORDS)..end + DATE_WORDS)
        .any(|i| year(i) || dating_word(scan, i));
    started && dated
}

/// Whether word `i` names a calendar unit, a month, a weekday or a season
/// ("July", "Friday", "weeks", "ago", "summer"); "May" and "March" are
/// months only with their capital.
fn dating_word(scan: &Scan<'_, '_>, i: usize) -> bool {
    let key = scan.key(i);
    (super::time::is_calendar_word(key)
        && (!super::time::is_month_name(key)
            || scan.words.get(i).is_some_and(|w| w.capital)))
        || DATING_WORDS.contains(key)
}

/// Modifiers that set a happening apart from the one already reported.
static ORDERING_MODIFIERS: WordList = WordList::new(&[
    "next",
    "last",
    "previous",
    "first",
    "second",
    "third",
    "earlier",
    "later",
    "following",
    "upcoming",
    "new",
    "another",
    "other",
    "final",
    "recent",
    "latest",
    "future",
    "planned",
    "proposed",
    "possible",
    "potential",
    "separate",
    "former",
    "trilateral",
    "bilateral",
    "second-round",
]);

/// "the Geneva talks", "the Alaska summit": a place before the noun names
/// which happening the text already reported.
fn names_a_place(scan: &Scan<'_, '_>, word: &str) -> bool {
    use super::lexicon::EntryKind::{Country, Place, Region};
    scan.lexicon
        .lookup(word)
        .is_some_and(|entry| matches!(entry.kind, Place | Region | Country))
}

/// Words after "launched" that may stand before the weapon it launched
/// ("launched at least two short-range ballistic missiles").
const LAUNCH_OBJECT_WORDS_MAX: usize = 6;

/// Words that end the object of "launched" before any weapon in it.
const LAUNCH_OBJECT_ENDS: &[&str] = &[
    "and", "but", "after", "to", "in", "against", "at", "on", "toward",
    "towards", "into", "from", "for", "with", "over",
];

/// Words before "advanced" that make it an adjective ("the most advanced
/// launch site", "highly advanced weapons").
static ADJECTIVE_LEADS: WordList = WordList::new(&[
    "a",
    "the",
    "most",
    "more",
    "less",
    "least",
    "highly",
    "very",
    "technologically",
    "increasingly",
]);

/// Words that halt what follows them ("a stop on energy infrastructure
/// attacks", "agreed to pause strikes").
static HALTS: WordList = WordList::new(&[
    "stop",
    "halt",
    "pause",
    "end",
    "moratorium",
    "ban",
    "freeze",
    "ceasefire",
    "truce",
    "cessation",
    "suspend",
    "suspension",
    "cease",
]);

/// Lowercase modifiers at most between a halting word and the strike noun
/// ("a stop on energy infrastructure attacks").
const HALTED_MODIFIERS_MAX: usize = 3;

/// Whether a strike noun is what is halted, not a strike: a halting word
/// right before it ("pause strikes") or before "on" / "to" / "of" ("a
/// stop on attacks", "an end to the shelling"), over a determiner and up to
/// `HALTED_MODIFIERS_MAX` lowercase modifiers.
fn halted(scan: &Scan<'_, '_>, found: &Found) -> bool {
    let mut at = found.first_word;
    let mut modifiers = 0;
    while let Some(before) = at.checked_sub(1) {
        let key = scan.key(before);
        let modifier = modifiers < HALTED_MODIFIERS_MAX
            && scan.plain_lowercase(before)
            && !HALTS.contains(key)
            && !matches!(key, "on" | "to" | "of" | "and" | "the");
        if matches!(key, "the" | "all" | "any" | "further") || modifier {
            modifiers += usize::from(modifier);
            at = before;
        } else {
            break;
        }
    }
    let Some(before) = at.checked_sub(1) else { return false };
    let key = scan.key(before);
    HALTS.contains(key)
        || (matches!(key, "on" | "to" | "of")
            && before
                .checked_sub(1)
                .is_some_and(|halt| HALTS.contains(scan.key(halt))))
}

/// Most words from a meeting noun to the predicate that says it is not
/// being held ("talks between the US and China have been on ice").
const STALLED_WORDS_MAX: usize = 10;

/// Whether the predicate of a meeting noun says it is not being held:
/// "have been on ice", "remain frozen", "were suspended", "stalled", "on
/// hold", in the noun's clause.
fn stalled_after(scan: &Scan<'_, '_>, found: &Found) -> bool {
    let end = found.end_word;
    (end..end + STALLED_WORDS_MAX)
        .take_while(|&i| {
            i < scan.words.len()
                && (i == end || !scan.gap_before(i).contains([',', ';', '.']))
        })
        .any(|i| match scan.key(i) {
            "frozen" | "suspended" | "stalled" | "paused" | "halted" => true,
            "ice" | "hold" => scan.key(i.wrapping_sub(1)) == "on",
            _ => false,
        })
}

/// What "meet" may fulfil rather than join ("meet the demands").
static DEMANDS: WordList = WordList::new(&[
    "demand",
    "demands",
    "condition",
    "conditions",
    "requirement",
    "requirements",
    "target",
    "targets",
    "criteria",
    "expectations",
    "needs",
    "deadline",
    "obligations",
    "standards",
    "goals",
    "quota",
]);

/// Words at most between a demand and the bare "meet" that ends its clause
/// ("Russia's demands were impossible for Kyiv to meet").
const DEMAND_WORDS_MAX: usize = 8;

/// Whether "meet" / "met" fulfils a demand: one within three words after
/// it, or, when nothing follows it in its clause, one shortly before.
fn demand_met(scan: &Scan<'_, '_>, found: &Found) -> bool {
    let end = found.end_word;
    if (end..end + 3).any(|i| DEMANDS.contains(scan.key(i))) {
        return true;
    }
    let bare = end >= scan.words.len()
        || scan.gap_before(end).contains([',', ';', '.', ':']);
    // "impossible for Kyiv to meet", not "if the conditions are right,
    // they will meet": an infinitive, with no clause break back to the
    // demand.
    let first = found.first_word;
    bare && first > 0
        && scan.key(first - 1) == "to"
        && (first.saturating_sub(DEMAND_WORDS_MAX)..first)
            .rev()
            .take_while(|&i| !scan.gap_before(i + 1).contains([',', ';']))
            .any(|i| DEMANDS.contains(scan.key(i)))
}

/// Nouns that "offensive" describes as an adjective ("offensive weapons",
/// "offensive drone actions"), not a campaign.
const OFFENSIVE_ADJECTIVE_OF: &[&str] = &[
    "action",
    "actions",
    "operation",
    "operations",
    "weapon",
    "weapons",
    "capability",
    "capabilities",
    "drone",
    "drones",
    "missile",
    "missiles",
    "military",
    "cyber",
    "nuclear",
    "strike",
    "strikes",
    "posture",
    "power",
    "potential",
    "measures",
    "moves",
    "tactics",
    "forces",
    "remarks",
    "comments",
    "language",
    "content",
    "posts",
    "behaviour",
    "behavior",
];

/// The next stage of a contest, which "advanced to" reaches without ground.
const CONTEST_STAGES: &[&str] = &[
    "runoff",
    "run-off",
    "round",
    "final",
    "finals",
    "semifinal",
    "semifinals",
    "semi-final",
    "semi-finals",
    "playoffs",
    "quarterfinals",
];

/// What "returned to" reaches that is no place: a state, an office, a
/// process ("returned to power", "a return to democratic rule").
const RETURNED_TO_STATES: &[&str] = &[
    "power",
    "office",
    "democracy",
    "democratic",
    "civilian",
    "normal",
    "normalcy",
    "normality",
    "work",
    "politics",
    "talks",
    "negotiations",
    "negotiating",
    "table",
    "fighting",
    "violence",
    "war",
    "calm",
    "growth",
    "life",
    "court",
    "form",
    "prominence",
];

/// What records a scene: the subject of a "captured" that takes no ground.
const RECORDINGS: &[&str] = &[
    "footage",
    "video",
    "videos",
    "camera",
    "cameras",
    "image",
    "images",
    "photo",
    "photos",
    "photograph",
    "photographs",
    "recording",
    "film",
];

/// Most words back from a passive "summoned" to the diplomat it summons
/// ("the charge d'affaires of the embassy in Tehran is being summoned").
const PASSIVE_DIPLOMAT_WORDS_MAX: usize = 10;

/// Whether the passive verb at `verb` has a diplomat as its subject: one
/// among the `PASSIVE_DIPLOMAT_WORDS_MAX` words before it in its own
/// clause (not past a comma, "that" or a speech verb: "the ambassador
/// said the minister was summoned" summons no diplomat).
fn passive_diplomat(scan: &Scan<'_, '_>, verb: usize) -> bool {
    scan.is_passive(verb)
        && (verb.saturating_sub(PASSIVE_DIPLOMAT_WORDS_MAX)..verb)
            .rev()
            .take_while(|&i| {
                !scan.gap_holds(i + 1, b',')
                    && scan.key(i) != "that"
                    && !is_speech_word(scan.key(i))
            })
            .any(|i| DIPLOMATS.contains(&scan.key(i)))
}

/// The envoys whose recall, summons or expulsion is a diplomatic act.
const DIPLOMATS: &[&str] = &[
    "ambassador",
    "ambassadors",
    "envoy",
    "envoys",
    "diplomat",
    "diplomats",
    "charge",
    "chargé",
    "consul",
    "attache",
    "attaché",
];

/// Whether a journey is one someone was kept from: "from" right before
/// the trigger, and a verb of preventing among the five words before that
/// ("blocked Tehran's envoy from returning", "was barred from travelling").
fn prevented(scan: &Scan<'_, '_>, found: &Found) -> bool {
    let first = found.first_word;
    if first == 0 || scan.key(first - 1) != "from" {
        return false;
    }
    (first.saturating_sub(6)..first - 1).any(|i| {
        matches!(
            scan.key(i),
            "blocked"
                | "barred"
                | "banned"
                | "prevented"
                | "stopped"
                | "kept"
                | "prohibited"
                | "forbade"
                | "forbidden"
                | "block"
                | "bar"
                | "ban"
                | "prevent"
                | "stop"
        )
    })
}

/// Whether a trigger is really the kind its lexicon entry says, given its
/// neighbours ("struck a deal" is no attack, "left" needs a place).
pub fn plausible(scan: &Scan<'_, '_>, found: &Found) -> bool {
    let next = scan.key(found.end_word);
    let after = |n: usize| {
        (0..n).map(|o| scan.key(found.end_word + o)).collect::<Vec<_>>()
    };
    // "Since they last met, ties have worsened": the earlier happening is
    // only a reference point, not reported here, unless the words after
    // it date it ("since the two last spoke by phone in July").
    let first = found.first_word;
    if first >= 2
        && scan.key(first - 1) == "last"
        && (first.saturating_sub(5)..first - 1).any(|i| scan.key(i) == "since")
        && !(found.end_word..found.end_word + 6).any(|i| {
            scan.key(i).bytes().any(|b| b.is_ascii_digit())
                || dating_word(scan, i)
        })
    {
        return false;
    }
    if found.trigger.kind == Attack
        && found.trigger.form == Noun
        && halted(scan, found)
    {
        return false;
    }
    // "Military talks between the US and China have been on ice since
    // August last year", "negotiations remain frozen": talks not held.
    if found.trigger.kind == Meeting
        && found.trigger.form == Noun
        && stalled_after(scan, found)
    {
        return false;
    }
    // "the integrity of his country's election system", "election
    // observers", "a summit venue": a noun trigger that only modifies the
    // noun after it names no happening.
    if found.trigger.form == Noun && MODIFIED_HEADS.contains(next) {
        return false;
    }
    if found.trigger.form == Speech
        && matches!(found.trigger.rule, "urged" | "told" | "warned")
        && ultimatum_after(scan, found)
    {
        return false;
    }
    // "blocked Tehran's envoy from returning to Islamabad", "barred from
    // travelling": a journey prevented, not made.
    if found.trigger.kind == Travel && prevented(scan, found) {
        return false;
    }
    match found.trigger.phrase {
        // "launched Operation Sindoor", "Operation Spiderweb": a named
        // operation; not "the operation of the plant" or "a rescue
        // operation".
        "operation" => {
            let capital =
                |i: usize| scan.words.get(i).is_some_and(|w| w.capital);
            capital(found.first_word)
                && capital(found.end_word)
                && !scan.gap_before(found.end_word).contains([',', ';', '.'])
        }
        // "spoke to home minister Amit Shah": a conversation with a named
        // person; not "spoke to reporters" or "spoke to CNN" (a remark).
        "spoke to" => {
            let object = after(5);
            // "spoke to his ministers on Monday": a day is no person.
            let capital = (found.end_word..found.end_word + 4).any(|i| {
                scan.words.get(i).is_some_and(|w| w.capital)
                    && !super::time::is_calendar_word(scan.key(i))
            });
            capital && !object.iter().any(|k| AUDIENCES.contains(k))
        }
        // "was received by his counterpart X", "received by President
        // X"; not "received by email" or "the letter was received by the
        // embassy" (a thing received: no person or role named).
        "received by" => (found.end_word..found.end_word + 5)
            .take_while(|&i| !scan.gap_before(i).contains([',', '.', ';']))
            .any(|i| {
                let key = scan.key(i);
                scan.lexicon.is_role(key)
                    || (scan.words.get(i).is_some_and(|w| w.capital)
                        && scan.lexicon.lookup(key).is_some_and(|e| {
                            e.kind == super::lexicon::EntryKind::Person
                        }))
            }),
        // "by signing a joint agreement"; not "a signing ceremony".
        "signing" => matches!(
            next,
            "a" | "an" | "the" | "their" | "its" | "his" | "her" | "both"
        ),
        "dialled" | "dialed" => {
            scan.words.get(found.end_word).is_some_and(|w| w.capital)
        }
        // "after a call from the army chief"; not "a readout of the call
        // from the ministry" (a call named again) or "calls from leaders
        // for calm".
        "call from" | "call between" | "call initiated" => {
            scan.key(found.first_word.wrapping_sub(1)) == "a"
        }
        // "the statement read", "the readout reads"; not "read the
        // letter aloud".
        "read" | "reads" => {
            DOCUMENT_NOUNS.contains(scan.key(first.wrapping_sub(1)))
        }
        // "an attack which claimed the lives of 26 people": a toll, not a
        // remark.
        "claimed" => {
            !(next == "lives"
                || (next == "the" && scan.key(found.end_word + 1) == "lives"))
        }
        // "explosions were heard over the city", "a blast tore through the
        // market"; not "an explosion of violence" or "a blast of cold air".
        "explosion" | "explosions" | "blast" | "blasts" => next != "of",
        // "was elected in 2019", "voters elected her"; not "an elected
        // government" or "the newly elected president", where it describes.
        "elected" | "re-elected" | "reelected" => !matches!(
            scan.key(first.wrapping_sub(1)),
            "a" | "an"
                | "the"
                | "its"
                | "their"
                | "his"
                | "her"
                | "democratically"
                | "newly"
                | "freely"
                | "popularly"
                | "duly"
        ),
        // "clashes between troops and rebels", "clashed with police" are
        // fighting; "clashes over the budget", "clashed with reporters
        // over the figures" are words.
        "clashed with" | "clashes" => !after(10).contains(&"over"),
        "released" | "release" | "releases" | "releasing" | "freed"
        | "free" | "frees" | "freeing" => {
            // "will release", "agreed to free"; not "the release of the
            // hostages" or "a hostage release deal" (nouns), nor "free
            // and fair" (an adjective).
            let bare = matches!(found.trigger.phrase, "release" | "free");
            let verb_before = matches!(
                scan.key(first.wrapping_sub(1)),
                "will"
                    | "would"
                    | "to"
                    | "could"
                    | "can"
                    | "must"
                    | "should"
                    | "may"
                    | "might"
                    | "not"
                    | "and"
            );
            // "a deal to free hostages" names the deal's purpose; "agreed
            // to release", "is to free", "expected to release" a plan.
            let purpose = scan.key(first.wrapping_sub(1)) == "to"
                && !matches!(
                    scan.key(first.wrapping_sub(2)),
                    "agreed"
                        | "agree"
                        | "agrees"
                        | "is"
                        | "are"
                        | "expected"
                        | "due"
                        | "set"
                        | "scheduled"
                        | "promised"
                        | "pledged"
                        | "vowed"
                        | "refused"
                        | "decided"
                );
            (!bare || verb_before)
                && !purpose
                && next != "of"
                && captives_near(scan, found)
        }
        // "a prisoner exchange deal", "swap talks": the deal or the talks
        // are the happening; "the exchange rate" none.
        "exchange" | "exchanges" | "exchanged" | "swap" | "swaps"
        | "swapped" | "traded" => {
            // "will free 33 hostages in exchange for prisoners": the terms
            // of a release, not a swap of its own.
            let idiom = next == "for"
                && first.checked_sub(1).is_some_and(|i| scan.key(i) == "in");
            // "hopes for a prisoner exchange", "called for a swap": one
            // wished for.
            let wished =
                (first.saturating_sub(3)..first).any(|i| scan.key(i) == "for");
            !idiom
                && !wished
                && !EXCHANGE_HEADS.contains(next)
                && captives_near(scan, found)
        }
        // "rallied behind the president", "rallied support": backing,
        // not a street protest; "in protest at", "a protest note", "lodged
        // a protest": words.
        "rallied" => !matches!(next, "behind" | "around" | "support" | "to"),
        // "hundreds of protesters gathered outside parliament"; not
        // "investigators gathered evidence".
        "gathered" => (first.saturating_sub(4)..first).any(|i| {
            matches!(
                scan.key(i),
                "protesters"
                    | "protestors"
                    | "demonstrators"
                    | "crowds"
                    | "crowd"
                    | "supporters"
                    | "thousands"
                    | "hundreds"
                    | "mourners"
            )
        }),
        "protest" | "protests" => {
            let lodged = |back: usize| {
                matches!(
                    scan.key(first.wrapping_sub(back)),
                    "lodged" | "lodge" | "lodges" | "filed" | "file" | "formal"
                )
            };
            scan.key(first.wrapping_sub(1)) != "in"
                && !lodged(1)
                && !lodged(2)
                && !matches!(next, "note" | "notes" | "vote" | "votes")
        }
        "martial law" | "state of emergency" => decreed(scan, found),
        // "declared martial law" is the decree, not a remark; "declared
        // that martial law was invalid" is one. "Declared by X" is what
        // X decreed.
        "declared" if found.trigger.form == Speech => {
            end_of_decree_after(scan, found.end_word)
                .is_none_or(|end| judged(scan, end))
                && next != "by"
        }
        // "was voted out", "voted him out": no vote of the subject's.
        "voted" => !matches!(
            scan.key(first.wrapping_sub(1)),
            "was" | "were" | "been" | "be" | "being"
        ),
        "war" | "civil war" | "insurgency" | "uprising" | "rebellion" => {
            war_dated(scan, found)
        }
        // "damaged by a drone", "destroyed by Russian shelling"; not
        // "damaged by the decision".
        "damaged by" | "destroyed by" => weapon_after(scan, found),
        "retaliated" | "retaliating" => {
            next != "with"
                || !after(6).iter().skip(1).any(|k| is_trigger_word(k))
        }
        // "launched an offensive in the east"; not "offensive drone
        // actions" or "offensive weapons", where it is an adjective.
        // Carried out, though, they are military action ("carried out
        // offensive operations").
        "offensive" | "counteroffensive" => {
            let before = |back: usize| scan.key(first.wrapping_sub(back));
            scan.gap_before(found.end_word).contains([',', ';', '.', ':'])
                || !OFFENSIVE_ADJECTIVE_OF.contains(&next)
                || super::article::CARRYING_OUT_VERBS.contains(&before(1))
                || (before(1) == "out"
                    && matches!(before(2), "carried" | "carry" | "carrying"))
        }
        // "Pakistan responded with drone strikes": an act, not a remark;
        // "responded with a statement" is one.
        "responded" | "reacted" if next == "with" => {
            after(5).iter().skip(1).any(|k| SPEECH_NOUNS.contains(k))
        }
        // "revised the death toll to six", "raised its estimate"; not
        // "raised concerns" or "reduced its forces".
        "revised" | "raised" | "lowered" | "reduced" | "updated"
            if found.trigger.form == Speech =>
        {
            after(4).iter().any(|k| {
                matches!(
                    *k,
                    "toll"
                        | "tally"
                        | "figure"
                        | "figures"
                        | "estimate"
                        | "estimates"
                        | "forecast"
                        | "count"
                )
            })
        }
        // "estimated fatalities could surpass 1,000", not "an estimated
        // 3,000 people" or "was estimated at".
        "estimated" if found.trigger.form == Speech => {
            let before = scan.key(found.first_word.wrapping_sub(1));
            !matches!(
                before,
                "an" | "the"
                    | "a"
                    | "was"
                    | "were"
                    | "is"
                    | "are"
                    | "be"
                    | "been"
            ) && !next.bytes().next().is_some_and(|b| b.is_ascii_digit())
                && next != "at"
        }
        // "called off his fighters' march": a cancellation, not a remark.
        // So is "called them off", "called it off".
        "called" | "calling" if found.trigger.form == Speech => {
            let off_after_object =
                matches!(next, "it" | "them" | "this" | "that")
                    && scan.key(found.end_word + 1) == "off";
            next != "off" && !off_after_object
        }
        // "was arrested and accused of espionage": a charge someone faces,
        // no remark of theirs ("Russia accused Kyiv of ..." has its
        // object between).
        "accused" if found.trigger.form == Speech => next != "of",
        // "in return for convicted arms dealer Viktor Bout", "a sentenced
        // man": an adjective, no verdict of its own.
        "sentenced" | "convicted" => !matches!(
            scan.key(first.wrapping_sub(1)),
            "the"
                | "a"
                | "an"
                | "for"
                | "of"
                | "to"
                | "with"
                | "as"
                | "by"
                | "against"
                | "his"
                | "her"
                | "their"
                | "its"
        ),
        // "calls the deal “a feat of diplomacy”", "calls on Kyiv to": a
        // quote in the words after it or an appeal; not the noun ("phone
        // calls", "calls for restraint grew").
        "calls" if found.trigger.form == Speech => {
            let quoted = (found.end_word..found.end_word + CALLS_QUOTE_WORDS)
                .take_while(|&i| i < scan.words.len())
                .any(|i| scan.gap_before(i).contains(['"', '“', '‘']));
            let before = scan.key(first.wrapping_sub(1));
            (quoted || next == "on")
                && !matches!(before, "the" | "phone" | "his" | "her" | "their")
        }
        "struck" => {
            // "struck a deal", "struck a conciliatory tone": no attack; "a
            // drone struck a house" is one.
            !after(4).iter().any(|k| STRUCK_FIGURATIVE.contains(k))
                && !matches!(
                    scan.key(found.first_word.wrapping_sub(2)),
                    "deal" | "agreement"
                )
                && !matches!(scan.key(found.first_word.wrapping_sub(1)), "was")
        }
        // "left Kyiv", "left for Paris", "left the country"; not "left the
        // room" or "left the talks".
        "left" => {
            let after_the = scan.key(found.end_word + 1);
            scan.words.get(found.end_word).is_some_and(|w| w.capital)
                || next == "for"
                || (next == "the"
                    && (scan
                        .words
                        .get(found.end_word + 1)
                        .is_some_and(|w| w.capital)
                        || matches!(
                            after_the,
                            "country"
                                | "city"
                                | "capital"
                                | "region"
                                | "island"
                        )))
        }
        // "troops advanced toward the border"; not "in advance", "an
        // advance" or "advance its plans" (an object makes it figurative).
        // "the most advanced launch site", "highly advanced weapons": an
        // adjective after a degree word or a determiner ("the advance of
        // its columns" is the noun).
        "advance" | "advanced" | "advancing" => {
            let before = scan.key(found.first_word.wrapping_sub(1));
            let adjective = found.trigger.phrase == "advanced"
                && ADJECTIVE_LEADS.contains(before);
            // "advancing to Sunday's runoff", "advanced to the final": a
            // contest's next stage, not ground.
            let stage = next == "to"
                && after(5).iter().any(|k| CONTEST_STAGES.contains(k));
            !matches!(before, "in" | "an")
                && !adjective
                && !stage
                && !matches!(
                    next,
                    "its"
                        | "their"
                        | "his"
                        | "her"
                        | "our"
                        | "the"
                        | "a"
                        | "an"
                        | "this"
                        | "that"
                        | "these"
                        | "those"
                        | "my"
                        | "your"
                )
        }
        // "launched two ballistic missiles", "launched dozens of drones";
        // not "launched an inquiry" or "a campaign against drones".
        "launched" | "launches" => after(LAUNCH_OBJECT_WORDS_MAX)
            .iter()
            .take_while(|k| !LAUNCH_OBJECT_ENDS.contains(k))
            .any(|k| weapon(k)),
        "visit" | "visits" => {
            scan.words.get(found.end_word).is_some_and(|w| w.capital)
        }
        // "Erdogan, visiting Islamabad"; not "the visiting delegation".
        "visiting" => {
            scan.words.get(found.end_word).is_some_and(|w| w.capital)
                && !matches!(
                    scan.key(found.first_word.wrapping_sub(1)),
                    "the" | "a" | "an"
                )
        }
        "departure" => {
            next == "from"
                && scan.words.get(found.end_word + 1).is_some_and(|w| w.capital)
        }
        // "fired missiles", "fired at protesters", "fired on the crowd";
        // not "fired the minister".
        "fired" => {
            matches!(next, "at" | "on" | "into" | "upon")
                || after(5).iter().any(|k| {
                    weapon(k)
                        || matches!(
                            *k,
                            "barrage" | "salvo" | "volley" | "shots"
                        )
                })
        }
        // "a Russian missile hit an apartment block": a weapon's subject,
        // or its agent ("the convoy was hit by a missile"); not "hit a
        // record" or "hit back".
        "hit" => {
            (found.first_word.saturating_sub(3)..found.first_word).any(|i| {
                let k = scan.key(i);
                weapon(k)
                    || k.starts_with("strike")
                    || k.starts_with("airstrike")
            }) || weapon_after(scan, found)
        }
        // "returned to Kyiv", "return to the capital"; not "returned to
        // democratic rule", "return to power" or "returned to the
        // negotiating table": a state or a process, no journey.
        "returned to" | "return to" | "returns to" | "returning to" => {
            let object = match next {
                "the" | "a" => scan.key(found.end_word + 1),
                word => word,
            };
            !RETURNED_TO_STATES.contains(&object)
        }
        // "the report states that", "the statement states:"; not "in 20
        // states" or "the member states", a noun.
        "states" => {
            let before = scan.key(found.first_word.wrapping_sub(1));
            let noun =
                before.bytes().next().is_some_and(|b| b.is_ascii_digit())
                    || NUMBER_WORDS.contains(before)
                    || matches!(
                        before,
                        "the"
                            | "these"
                            | "those"
                            | "many"
                            | "several"
                            | "all"
                            | "other"
                            | "both"
                            | "some"
                            | "member"
                            | "two"
                            | "three"
                            | "most"
                            | "across"
                            | "in"
                            | "of"
                    );
            let speech_follows = next == "that"
                || scan.gap_before(found.end_word).contains([':', '"', '“']);
            !noun && speech_follows
        }
        "understanding" => {
            matches!(scan.key(found.first_word.wrapping_sub(1)), "an" | "the")
        }
        // "Video footage captured the moment the monastery crumbled",
        // "captured the world's attention": a recording or a feeling, not
        // troops taking ground.
        "captured" => {
            let recorded = (found.first_word.saturating_sub(3)
                ..found.first_word)
                .any(|i| RECORDINGS.contains(&scan.key(i)));
            // "captured 48 percent of the vote": a share, within five.
            let object = after(5);
            let figurative = object.iter().any(|k| {
                matches!(
                    *k,
                    "moment"
                        | "attention"
                        | "imagination"
                        | "hearts"
                        | "hate"
                        | "mood"
                        | "vote"
                        | "votes"
                        | "percent"
                        | "seats"
                )
            });
            !recorded && !figurative
        }
        // "partially occupied regions", "the occupied territories": a
        // state described by an adjective, not an act of occupying.
        "occupied" => {
            let previous = scan.key(found.first_word.wrapping_sub(1));
            !OCCUPIED_STATE_BEFORE.contains(previous)
                && !OCCUPIED_STATE_NOUNS.contains(next)
        }
        // "an air raid alarm went off", "air raid sirens": a warning, not
        // a raid.
        "air raid" | "raid" => !matches!(
            next,
            "alarm"
                | "alarms"
                | "alert"
                | "alerts"
                | "siren"
                | "sirens"
                | "warning"
                | "warnings"
                | "shelter"
                | "shelters"
                | "drill"
                | "drills"
        ),
        // "He was welcomed by the ambassador": a person greeted, not a
        // reaction ("the deal was welcomed by Kyiv" is one).
        "welcomed" => {
            let previous = scan.key(found.first_word.wrapping_sub(1));
            let subject = found.first_word.wrapping_sub(2);
            !(matches!(previous, "was" | "were")
                && (matches!(scan.key(subject), "he" | "she" | "they" | "we")
                    || scan.words.get(subject).is_some_and(|w| w.capital)))
        }
        // "was called to the Foreign Ministry": a diplomat summoned, the
        // passive's subject, to a ministry or foreign office.
        "called to" => {
            after(5).iter().any(|k| matches!(*k, "ministry" | "office"))
                && passive_diplomat(scan, first)
        }
        // "recalled its ambassador from Tehran", "summoned Pakistan's
        // charge d'affaires", "expelled two diplomats", "called in the
        // ambassador": a diplomatic act; not "recalled that ...",
        // "summoned the courage" or "called in reinforcements".
        "recalled" | "recalls" | "summoned" | "summons" | "expelled"
        | "expels" | "called in" => {
            after(5).iter().any(|k| DIPLOMATS.contains(k))
                // "Pakistan's charge d'affaires in Tehran was summoned",
                // "is being summoned": the diplomat is the passive's
                // subject.
                || passive_diplomat(scan, first)
        }
        // "severed ties with Iran", "suspended their diplomatic
        // relations"; not "suspended the talks" or "broke off the meeting".
        "severed" | "suspended" | "broke off" => after(4)
            .iter()
            .any(|k| matches!(*k, "ties" | "relations" | "links")),
        // "protesters stormed the embassy", "the storming of its
        // embassy"; not "stormed out of the meeting" or "stormed off".
        "stormed" => !matches!(next, "out" | "off" | "away" | "back" | "to"),
        "storming" => next == "of",
        // "meet the demands", "demands impossible for Kyiv to meet": a
        // demand fulfilled, not a meeting.
        "meet" | "met" | "meets" if demand_met(scan, found) => false,
        // "if those conditions were not met": a passive "met" without
        // "by" is a demand fulfilled, not a meeting ("he was met by the
        // mayor" is one).
        "met" => {
            let mut previous = found.first_word.wrapping_sub(1);
            if scan.key(previous) == "not" {
                previous = previous.wrapping_sub(1);
            }
            !(matches!(
                scan.key(previous),
                "was" | "were" | "been" | "be" | "is" | "are" | "being"
            ) && next != "by")
        }
        // "the two leaders haven't always agreed", "they rarely agree":
        // a habit of opinion, not an agreement made or refused.
        "agreed" | "agree" | "agrees"
            if (found.first_word.saturating_sub(2)..found.first_word).any(
                |i| {
                    matches!(
                        scan.key(i),
                        "always" | "often" | "rarely" | "seldom" | "usually"
                    )
                },
            ) =>
        {
            false
        }
        // "agreed with his assessment", "agreeing with the decision": an
        // opinion shared, not an agreement made ("agreed with the Taliban
        // to", "agreed with Kyiv on" name a party).
        "agreed" | "agree" | "agrees" | "agreeing"
            if next == "with"
                && matches!(
                    scan.key(found.end_word + 1),
                    "his"
                        | "her"
                        | "their"
                        | "its"
                        | "the"
                        | "this"
                        | "that"
                        | "my"
                        | "our"
                        | "your"
                        | "a"
                        | "an"
                )
                && !scan
                    .words
                    .get(found.end_word + 2)
                    .is_some_and(|w| w.capital) =>
        {
            false
        }
        // "conditions for agreeing to an extension": a condition, not an
        // agreement made ("after agreeing to a truce" is one).
        "agreeing" => !matches!(
            scan.key(found.first_word.wrapping_sub(1)),
            "for" | "of" | "about" | "without" | "on" | "against"
        ),
        // "ordered troops to withdraw", "the withdrawal of Russian forces",
        // "a retreat from Kherson"; not "withdrew from the race" or "pulled
        // out of the deal".
        "withdraw" | "withdrew" | "withdrawing" | "withdrawal"
        | "withdrawals" | "pull out" | "pulled out" | "pulling out"
        | "pulled back" | "pulling back" | "retreat" | "retreated" => {
            let near = found.first_word.saturating_sub(MILITARY_NOUN_REACH)
                ..found.end_word + MILITARY_NOUN_REACH;
            near.clone().any(|i| MILITARY_NOUNS.contains(&scan.key(i)))
                || (matches!(found.trigger.phrase, "retreat" | "retreated")
                    && next == "from"
                    && scan
                        .words
                        .get(found.end_word + 1)
                        .is_some_and(|w| w.capital))
        }
        _ if troop_movement(found.trigger.rule) => troops_moved(scan, found),
        // "attempts to neutralize threats", "poses a threat to the region",
        // "under threat": a danger, not a threat someone made.
        "threat" | "threats" => !danger_not_made(scan, found),
        // "will call Chinese President Xi Jinping", "said he would call
        // Zelenskyy", "plans to call her counterpart": a future call to
        // someone named; not "call for a truce", "call on Kyiv to",
        // "call it a success", "call an election" or "a call".
        "call" => {
            let previous = scan.key(found.first_word.wrapping_sub(1));
            // "will", "to", and "'ll" alone or in "she'll".
            let future = matches!(previous, "will" | "would" | "to" | "shall")
                || previous.ends_with("'ll")
                || previous.ends_with("’ll");
            let capital =
                |i: usize| scan.words.get(i).is_some_and(|w| w.capital);
            let person = capital(found.end_word)
                || (matches!(next, "his" | "her" | "their" | "the")
                    && (capital(found.end_word + 1)
                        || matches!(
                            scan.key(found.end_word + 1),
                            "counterpart"
                                | "counterparts"
                                | "president"
                                | "leaders"
                                | "leader"
                                | "prime"
                        )));
            future && person
        }
        "set" => false,
        _ => true,
    }
}

/// Words either side of a withdrawal trigger that may name the troops.
const MILITARY_NOUN_REACH: usize = 4;

/// Nouns that make a withdrawal military.
const MILITARY_NOUNS: &[&str] = &[
    "troops",
    "troop",
    "forces",
    "soldiers",
    "army",
    "units",
    "military",
    "servicemen",
    "battalions",
    "brigades",
    "personnel",
];

/// Verbs (and "under") that make a threat noun after them a danger
/// rather than a threat someone made ("neutralize threats", "poses a
/// threat", "faces a growing threat").
static DANGER_VERBS: WordList = WordList::new(&[
    "neutralize",
    "neutralise",
    "neutralizing",
    "neutralising",
    "counter",
    "countering",
    "combat",
    "combating",
    "combatting",
    "face",
    "faces",
    "faced",
    "facing",
    "pose",
    "poses",
    "posed",
    "posing",
    "eliminate",
    "eliminating",
    "address",
    "addressing",
    "assess",
    "assessing",
    "tackle",
    "tackling",
    "deter",
    "deterring",
    "detect",
    "thwart",
    "perceived",
    "under",
    "against",
    "existential",
    "security",
    "terror",
    "terrorist",
    "potential",
    "growing",
    "serious",
    "grave",
    "biggest",
    "greatest",
    "major",
]);

/// Most words between a danger verb and the threat noun it governs ("poses
/// a serious threat").
const DANGER_WORDS_MAX: usize = 3;

/// Whether a threat noun names a danger, not a threat made: a verb of
/// meeting or posing a danger, or a describing word, among the few words
/// before it ("neutralize threats", "poses a grave threat", "security
/// threats"); "threats of new sanctions" were made.
fn danger_not_made(scan: &Scan<'_, '_>, found: &Found) -> bool {
    let first = found.first_word;
    (first.saturating_sub(DANGER_WORDS_MAX)..first)
        .any(|i| DANGER_VERBS.contains(scan.key(i)))
}

/// Nouns that a noun trigger right before them only modifies ("election
/// system", "election observers", "summit venue", "attack helicopters").
static MODIFIED_HEADS: WordList = WordList::new(&[
    "system",
    "systems",
    "law",
    "laws",
    "rules",
    "commission",
    "commissions",
    "authority",
    "authorities",
    "officials",
    "observers",
    "monitors",
    "fraud",
    "process",
    "machinery",
    "board",
    "tribunal",
    "code",
    "committee",
    "agency",
    "procedures",
    "venue",
    "venues",
    "helicopter",
    "helicopters",
    "aircraft",
    "season",
    "cycle",
    "workers",
    "staff",
    "materials",
    "equipment",
    "capability",
    "capabilities",
    "preparations",
    "organisers",
    "organizers",
    "logistics",
]);

/// Whether a military rule is armed forces moving in ("entered",
/// "surrounded", "moved-in"): kept apart by verb, so "troops entered the
/// building" and "troops surrounded parliament" the same night stay two.
pub fn troop_movement(rule: &str) -> bool {
    matches!(rule, "entered" | "surrounded" | "moved-in")
}

/// Armed forces that move in (`troops_moved`): the military nouns, the
/// police and armour.
pub fn moving_force(key: &str) -> bool {
    MILITARY_NOUNS.contains(&key)
        || matches!(
            key,
            "police"
                | "paratroopers"
                | "commandos"
                | "marines"
                | "tanks"
                | "militants"
                | "rebels"
                | "fighters"
        )
}

/// Words that may stand between the forces and their verb of moving in
/// ("troops later entered", "soldiers tried to enter", "troops and police
/// surrounded").
static MOVING_FORCE_BETWEEN: WordList = WordList::new(&[
    "tried",
    "attempted",
    "sought",
    "to",
    "were",
    "was",
    "had",
    "have",
    "has",
    "then",
    "also",
    "and",
    "later",
    "soon",
    "briefly",
    "quickly",
    "eventually",
    "reportedly",
    "seen",
    "armed",
    "riot",
    "special",
]);

/// Objects that make a verb of moving in figurative ("entered politics",
/// "entered into force", "entered a new phase").
static ENTERED_FIGURATIVE: WordList = WordList::new(&[
    "politics",
    "office",
    "service",
    "power",
    "government",
    "race",
    "talks",
    "negotiations",
    "phase",
    "stage",
    "era",
    "period",
    "into",
    "history",
    "fray",
    "debate",
    "market",
    "election",
    "elections",
    "campaign",
    "year",
    "week",
    "day",
    "month",
    "agreement",
    "deal",
]);

/// Most words between the forces and their verb of moving in.
const MOVING_FORCE_WORDS_MAX: usize = 4;

/// Whether a verb of moving in ("entered", "surrounded", "sealed off")
/// has armed forces as its subject ("Troops entered the building",
/// "saw troops surrounding parliament", "soldiers tried to enter"), only
/// auxiliaries and adverbs between, or as the agent of its passive ("was
/// encircled by Russian troops"): "the gunman entered the school" and
/// "entered the race" are no military action.
fn troops_moved(scan: &Scan<'_, '_>, found: &Found) -> bool {
    // "The army entered politics in 1974", "entered a new phase": no
    // place was entered.
    if (found.end_word..found.end_word + 3)
        .any(|i| ENTERED_FIGURATIVE.contains(scan.key(i)))
    {
        return false;
    }
    let first = found.first_word;
    for idx in (first.saturating_sub(MOVING_FORCE_WORDS_MAX)..first).rev() {
        let key = scan.key(idx);
        if moving_force(key) {
            return true;
        }
        if !(MOVING_FORCE_BETWEEN.contains(key) || key.ends_with("ly"))
            || scan.gap_before(idx + 1).contains([',', ';', ':'])
        {
            break;
        }
    }
    scan.key(found.end_word) == "by"
        && (found.end_word + 1..found.end_word + 4)
            .any(|i| moving_force(scan.key(i)))
}

/// Stems of words for weapons and ammunition ("missiles", "shelling").
const WEAPON_STEMS: &[&str] = &[
    "missile", "rocket", "drone", "shell", "mortar", "artiller", "bullet",
    "munition", "torpedo", "grenade", "bomb",
];

/// Words after "spoke to" that make it a remark to an audience, not a
/// conversation ("spoke to reporters", "spoke to CNN").
const AUDIENCES: &[&str] = &[
    "reporters",
    "journalists",
    "media",
    "press",
    "nation",
    "crowd",
    "supporters",
    "audience",
    "students",
    "cnn",
    "bbc",
    "fox",
    "reuters",
    "nbc",
    "abc",
    "cbs",
    "msnbc",
    "newspaper",
    "television",
    "radio",
    "parliament",
    "lawmakers",
    "troops",
    "rally",
];

/// Nouns for what is said, after "responded with" ("responded with a
/// statement").
const SPEECH_NOUNS: &[&str] = &[
    "statement",
    "statements",
    "remarks",
    "comment",
    "comments",
    "words",
    "letter",
    "message",
    "post",
    "tweet",
    "criticism",
    "warning",
    "warnings",
    "questions",
];

/// Whether a lowercase word names a weapon or ammunition.
pub fn weapon(key: &str) -> bool {
    WEAPON_STEMS.iter().any(|stem| key.starts_with(stem))
}

/// Words after "by" read for the weapon of a passive strike.
const WEAPON_AGENT_WORDS_MAX: usize = 3;

/// Whether a passive strike names a weapon as its agent ("was hit by a
/// missile", "damaged by a drone", "destroyed by Russian shelling"): "by",
/// ending the trigger or right after it, then a weapon within a few words
/// and no clause break.
pub fn weapon_after(scan: &Scan<'_, '_>, found: &Found) -> bool {
    let end = found.end_word;
    let from = if scan.key(end.wrapping_sub(1)) == "by" {
        end
    } else if scan.key(end) == "by" {
        end + 1
    } else {
        return false;
    };
    (from..from + WEAPON_AGENT_WORDS_MAX)
        .take_while(|&i| {
            i < scan.words.len()
                && (i == from
                    || !scan.gap_before(i).contains([',', ';', '.', ':']))
        })
        .any(|i| weapon(scan.key(i)))
}

/// Objects that make "struck" figurative: a deal, a tone, a balance.
const STRUCK_FIGURATIVE: &[&str] = &[
    "deal",
    "deals",
    "agreement",
    "accord",
    "bargain",
    "compromise",
    "tone",
    "note",
    "chord",
    "balance",
    "pose",
    "nerve",
    "out",
    "down",
];

/// Words before "occupied" that make it an adjective.
static OCCUPIED_STATE_BEFORE: WordList = WordList::new(&[
    "partially",
    "partly",
    "temporarily",
    "illegally",
    "currently",
    "still",
    "the",
    "an",
    "its",
    "their",
    "of",
    "formerly",
    "already",
]);

/// Nouns right after "occupied" that make it an adjective.
static OCCUPIED_STATE_NOUNS: WordList = WordList::new(&[
    "regions",
    "region",
    "territories",
    "territory",
    "areas",
    "area",
    "land",
    "lands",
    "cities",
    "city",
    "towns",
    "town",
    "parts",
    "zone",
    "zones",
    "west",
    "east",
    "south",
    "north",
]);

/// Verbs that make an agreement noun report a concluded agreement.
static CONCLUDING: WordList = WordList::new(&[
    "reached",
    "reach",
    "signed",
    "sign",
    "struck",
    "sealed",
    "clinched",
    "concluded",
    "finalized",
    "finalised",
    "brokered",
    "agreed",
    "secured",
    "announced",
    "approved",
    "ratified",
    "mentioning",
    "mentioned",
]);

/// Whether an agreement noun is about a concrete agreement: one concluded
/// ("reached a deal", "the deal was signed"), or reported as not reached;
/// a bare "a peace agreement" in an argument is not.
pub fn concrete_agreement(
    scan: &Scan<'_, '_>,
    found: &Found,
    status: Status,
) -> bool {
    if found.trigger.kind != Agreement
        || found.trigger.form != Noun
        || status != Status::Occurred
    {
        return true;
    }
    let from = found.first_word.saturating_sub(4);
    let before =
        (from..found.first_word).any(|i| CONCLUDING.contains(scan.key(i)));
    let after = (found.end_word..found.end_word + 3)
        .any(|i| CONCLUDING.contains(scan.key(i)));
    before || after
}
