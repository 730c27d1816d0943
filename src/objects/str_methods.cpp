// The methods of `str`, and calling `str(...)`, with CPython 3.11's results and messages.
//
// Unicode: classification (isalpha, isdecimal, isdigit, isnumeric, isprintable, isspace,
// islower, isupper, istitle, isidentifier) and full case mapping (lower, upper, title,
// casefold, swapcase, with final sigma) use compact tables read from CPython 3.11 itself
// (Unicode 14.0.0, the oracle's database), so every code point answers as in CPython.
// The tables are strings of base-32 varints (about 12 KB) decoded once on first use; the
// script that regenerates them is at the end of this file.
#include <algorithm>
#include <cstring>
#include <limits>

#include "objects/arguments.h"
#include "objects/builtin_subclass.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/format.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/number_protocols.h"
#include "objects/protocols.h"
#include "objects/str.h"
#include "vm/vm.h"

namespace saessak {

namespace {

// ---- Unicode tables ----

namespace tables {
constexpr const char* kAlpha =
    "%^wcw$l^g^a^bt^|^1gaikbd^^^'^b^__a^^c^^`^^^q^%p^'he(c^$c_^c$f%dxaa$j$h$`_^&`^^l_d_g`_^m^^{z%vh^u$^f_"
    "a^bsa^f^`^tvdhbu^cn$g$w$s`^o^dglmae___s^d^^`a`^m^j_^`k_g^eca__s^d^_^_^_|a^^p`mf^`^s^d^_^b`^o^l_t^he_"
    "__s^d^_^b`^{_^`l^n^^c``^a`_^^^_`_```is^$qe^`^t^m`^w`_^__{^ae^`^t^g^b`^|_^_l_nf^`^$f_^m^b`e`ucbo`u^f^"
    "^_d$w$m^_id$w_^^^b^u^^^g^_f^_b^^ra$]^$|e^$axb&p$hq^mcaa`^`_d`aji^n$c^^b^_$h^-j^a_d^^^a_$f^a_$^^a_d^^"
    "^a_l^$v^a_%`$bmm%s_c`6i_n^wb%hcedojpkokj^`l$q$`^a^%`%vdb_$_^^b%cg|$n{_bh$iaw$stf$r%o^%z$lne$s{j_g$iw"
    "$a$f`g$a_fd$h_`$fa^c^_`^b)]%]+s_c_$c_c_e^^^^^^^|_$r^d^^``^d`a_cajb`^d&q^j^mj&b^a^_g^^`bc^^^^^^a^h_ab"
    "ba^$q_%6x*bca`_i$c^^b^_$ud^mtfd^d^d^d^d^d^d^d%m^1r_$gbb_a%sc`^%w^ab$h^%{n$]$mm3])1]%]87j%`$k_+j`mg_q"
    "$lm|_%c$nf_&d_%]b_^^^bum^`^a^tz$qk$o${c`^^_hygtvzd$ly^mb^ggb^$ft`^eqt`^`$o^^`__b_^^^u`_hd`ic_c_cfd^d"
    "^$h^kc&pz-@aita$n++a.k_&g$cdibb^^g^j^b^^^_^_^&i$^.ho%]_$s$ei&qb^'d$awcwh%v`c_c_c_`$`i^w^p^_^l_k$_&x/"
    "bz`$n$l$]jq^ec$cg{_$aae$m'{o$aa$aa$ee$qih^l^d^_^h^l^d^_%`,tfsgeuc^$g^f%bc_^^$i^_`^_tgtf|%^p^_gsgw%c$"
    "uc_%]^la^`^z$gz`z$`e^yx$sgsgpjo&k%f$t$pj$pj$a-y$gc_%kzg^es$go$krxti$r$v__^j$j$]vw$az^_^e$``^i$mkar^^"
    "^$`o^v%qd^^^a^l^gd$l$ce___s^d^_^b`^o^ib'{$roaq`{$mq_^^(u$l$fa$a$mq^$x$hj^%dx$bd(v$i&q%]|e_^_e^_^ul^^"
    "^%{e_$dm^^^y^g$ed^r^h$kp^o%f+df^$bn^$n{&md^_^$cr^vc^_^$]k^-dp(z^%l?w*c)a%5i&^l$$l&An5d+0v4vd|n%ln{o$"
    "mma|rbp8m%]']%hb^%_j%]_^^y(Bue$)s$gf+:da^d^_^,`$j`nae/i%+a&hbj`fdg(>c%r^%d^__^___a^i^^^d^%^^a_e^d^y^"
    "a^b^^`d^-q_v^v^|^v^|^v^|^v^|^v^e$<q|2^$jgdm^-^{o$i$*qd^a^_^l^)b$x%ad^$(qa^x^_^^_^^g^a^^^^c^a^^^^^^`^"
    "_^^_^^^^^^^^^^_^^_a^d^a^a^^^g^nb`^b^n'-a$,:]$]'$vd){_(7_k*,n&#|3{$2_'=h";

constexpr const char* kDecimal =
    "$mg$4cg'cg)cg/yg&sg&sg&sg&sg&sg&sg&sg&sg&sg&]g&sg%cg+sg%cg$=cg$cg,ig']g(cgcg(sg%sg'cgcg$%1cg8cg$cg)c"
    "gsg%sg/sg7;sg$/cg%'cg<ig']g$yg'mg+sg-sg&sg.sg&cg&cg0cg&cg:sg*sg%cg6(sg%sg'cg>&q$o%-]g0cg$5sg'7sg";

constexpr const char* kDigitXorDecimal =
    "(o_b^'8lf$6e^$7r^`ccgAsfhfhf%v^gf^^6sf^f^f$;8ja$#yf2ff$;(bh";

constexpr const char* kNumericXorDigit =
    "(y`%,rc.uc&u`'bd)vdnf0ng$${h>n`*|g%-s$p_b9|hfhfh%lgf^7]^f^f^$.f^;f^vfk`-ta'gg{e^l$]g$dl-b^&z^@c^<_^'"
    "8o^_^`^^^%p^$k^d^^^$e_{^e^$a^&_^/p^%^^$_^^^^^1p^^`c^&qa;s^3r^d^$/]^'`_i`^^Bj^%j^$'b^$<p^$'l^:d^%3d^@"
    "b^%'^^a^&y^%*m^$a^b^$h^&z^&Blg-]c7,r^d^a^$v^{^^^$f^$;f$ji$vn_-rx$aaz^e^'cb$'_evd$df%hbsc(]__m_$k%ab$"
    "q_{`%hb&eeue$fd-gc.fs'{g$ga&md'lh.xq$-b_0kf>dp=pr$$h&l4:id;{t<%fq&iv(-kf@^$x^`^a%i$j^lAj_&:q^&_^&z^$"
    "{^%#e^%u^e^l^-j^o^x^)&s^$3d^'/_^,=n^$(4_^";

constexpr const char* kPrintable =
    "$]%|$_i^9g_cad^^^q^/j^$c_$o_`^$texacns^)]^$m_$x_&bk$x_$n_l^y_^^hb|f%g^(^^e___s^d^^`a_f___ae^a_^b_v_`"
    "^ca__s^d^_^_^__^^ba__``^da^^dng`^f^`^s^d^_^b_g^`^`_^la_idd^`^e___s^d^_^b_f___`d`a_^b_og_^c``^a`_^^^_"
    "`_```iab``^a_^c^krbj^`^t^m_f^`^ad_^`_^_a_gds^`^t^g^b_f^`^ad_c_^a_g^_jj^`^$p^`^cam_w^`^o`u^f^^_d`^ac^"
    "^^ecg_`i$waz$b_^^^b^u^^^t_b^^^c_g_a$]%e^$aa$d^$a^l^j$b)c^^b^_.v^a_d^^^a_$f^a_$^^a_d^^^a_l^$v^a_%`_$]"
    "`wc%s_c_7]^y`%vdsfufqij^`^_i%{_gcgck^hc%vd$hb%cg|^iaia^`$g_bh$iawch`${_%^^z_hcgck_|$n%j`$l^&qe$y`l`$"
    "yd$h_he$hb3s_c_$c_c_e^^^^^^^|_$r^l^k_c^p_`^fnue$ln__x^j`$^l$^l'ia7tvhr$;q_$]^-zb$j^^b^_$ud_kufd^d^d^"
    "d^d^d^d^d^&{$_w^%vi)swib$|^%s_&db$h^%{^%qi$l^?6j`$tf-yq(ue)hb_^^^bu$x`gc$ue%ceic&qh{`%k^ha$^^$tfk_g_"
    "&duygc_c_cfd^d^$ya&{_gc-@aita$n++a.k_&g$cdibbw^b^^^_^_^&zm0z_$sd^$]$gc$p^p^aab^'da({`c_c_c_``d^dj__i"
    "^w^p^_^l_k$_&xb`a$j`%u^j`^$l$k'_z`$nlya$af{b$hb{^$bak$g'{_gc$aa$aa$ee$qhi^l^d^_^h^l^d^_%`,tfsgeuc^$g"
    "^f%bc_^^$i^_`^_t^%eef$mp^_b$^`xb^%]$uaq_$o^_be^`^z_`agdfd%]$]$daif$s`z_xbwdaid%m%f$t$pj$pd$keg,c|^$g"
    "^`__%k$ee$gsw$cyqtf%ka$af${^bjvdgc$r^oe$df&]^qho^$i%^d^^^a^l^hc$xbgca^e___s^d^_^b^g___`_^c^bd_d`b'h%"
    "y^b{%eeg(c$s_$c$_%bhgcjp$wcg$sx_lat(v$y&a%pie_^_e^_^{^__ifg%ce_$k_hx%ee%pj%f+df^$j^kgz`$]_s^k%fd^_^$"
    "i`^^_^fegcc^_^$b^_^cdg,sv(t^l$oj?x&c&l^bh)a%5i&`j$$l&An5d+0v4vd|^ga%n^gc{_cg%cgg^d^rbp8m%x&b%ha$vdn%"
    "]bh_k(Bue$)s$gf+:da^d^_^,`$j`nae/i%+a&hbj`fdg_a'6]$k_tf&q$y*sg$d_%ge&mr%c'wqi%tfv'd%r^%d^__^___a^i^^"
    "^d^%^^a_e^d^y^a^b^^`d^-q_,a_8{lb^l$%m|*^d^n_d^_^b)r$j`k_ga_-]|n$wb^$*]d^a^_^l^)b_m$f%iaga_;n%a%i$z)_"
    "a^x^_^^_^^g^a^^^^c^a^^^^^^`^_^^_^^^^^^^^^^_^^_a^d^a^a^^^g^nb`^b^n$q_+k$ia&ail_l^l^$bg(k$uzj$iafd_kc'"
    "wAubm`j`&qi%vdia^lia$uegc$ee{__%k-qik_b`b`dfz`hbcggceedf'p^$t$bg$#c$,:]$]'$vd){_(7_k*,n&#|3{$2_'=h8>"
    "0r*m";

constexpr const char* kSpace =
    "fbkb&a^w^(1|^%.|hz_b^$l^&@]^";

constexpr const char* kCased =
    "%^wcw$l^g^a^bt^|^)`^aa)m^$ad_{b&]^$ga___a^^c^^`^^^q^%p^'he(c^$cf$f%;t$c^^b^_$h_`8]%s_c%'_fd$h_`%])]%"
    "]+s_c_$c_c_e^^^^^^^|_$r^d^^``^d`a_cajb`^d&q^j^mj&b^a^_g^^`bc^^^^^^a^ca^_abba^n$]`_<n$q$;s*bca`_i$c^^"
    "b^A+o$ko{'a&c`a^$xb_^^^bx_^`<r$h^jd%m6=]dib$#fwcw$(b%m&]$aa$a&qh^l^d^_^h^l^d^_1`^_`^$g^f$)b$pj$p%@j%"
    "]8.]%]</]%r^%d^__^___a^i^^^d^%^^a_e^d^y^a^b^^`d^-q_v^v^|^v^|^v^|^v^|^v^e$<qg^q%2^%a$Biwcwcw";

constexpr const char* kCaseIgnorable =
    "$d^c^h^$`^^^%d^a^^^a^__2t)]a_a^f_^^*xd)l^b^$n$j^^^_^_^^$i^hcgh^^$`^grm^&be^g^a$^^^^{x%xh$wha^_^uu$h`"
    "$i^d_ce$f$w$t^^^aea^`dg_j^l^$w^aae^q_w^__$v^a_a__``^{_`^h_$v^ab^_a^q_sc^^$w^_^^ae^d_h_{^$z^i^$o^`^$t"
    "^^`b`^ad_h_z^$w^_^c^b_q_y_$v_aae^q_z^%e^d`^^%w^_dhf&_^_ff^^c%g_x^^^^^$tk^b^_bh^$af^&ca^c^___v_a`maj^"
    "__c^l^%{^6]`@o`z_{_{_%]_^de^_h`^b^$jb$p^%^_$_^&s`a_f^c`)x__^$w^^d^^^^_ecg_^$d^e|$na$m^^b^^b^$efi_$]a"
    "__^`$u^^_`^^`$we__%]c%o`^j^da^c^`_$o$|j^$_&b0z^^`h`j`j`j_ibe_g^_^_b$nb^g^^j^mj$p$^%?h_&n`&z^l^&]$]$l"
    "^1r^$aa`bb^%zc%z`>;s^$*_c+k^&_a^g^^ya%m_k$_%k^t`&d``_e^`^a^v_b^'t_woj^$cevh$k`$m^_a__n^r_%_c____i^e^"
    "$`^h^$p^^`__b_^^x^k_b_^^&abf`&v^_^a^6<m^'pn4zm`^im$_^_^(f^d^c^h^$`^^^$l^$j_%`^r`3^^*_^'rb$#bc^$g^f5c"
    "`^_ba$e`a^(b_4za/`_'vh$na&x^$sl$f^__g`$na___^a^g^$o`$ab^e${^i_$qfga_^%|`_^^_c^(]^`er_$v_`^$bd`b)`e_`"
    "^^t^%qc^^a_^_*kac_^_x_%re_^^_&g^^^_c^^&b`_a^b+`f^_+]_^^a^'ma__a^$]g$ec_ae^fc_`$kj^_/sd^c^^%os_d^_^_&"
    "wc`^^_^d^^%e_`^^^-x_(,xf08tb$xdfa$#h^$|n%]_^_3#ha^d^_&'{_^a'5y$k_t4]`fm_d{a'q`$@x$ta$oe^k^sb^l$-md^n"
    "_d^_^b+bk.m^$za$2]d&je%8lb;&#^^{&]']*m";

constexpr const char* kTitle =
    "1b^_^_^$c^*/reeeeei^l^$l^";

constexpr const char* kUpperXorMapped =
    "Ao`*,j^a^``_`_^`bc^`^`___^^g_b^&/8wwwwwww^^__^___a^ewww_^a_e^dx_^a^b^^`dxwwwwwwwwwww{v$^v$^v$^v$^v$^"
    "^).bwcwcw";

constexpr const char* kXidStartXorAlpha =
    ">w^%8u^&|^%$w`/q_%'n^r^$n$`_a&(c^1t^vfk`@8hg8.kc/s_&q^^^^^^^^^^^^^^^+|_0]$r1i^e^'cb+$g&l";

constexpr const char* kXidContinueXorStart =
    "$mg$b^%t^5e&mt^*xb+f$j^^^_^_^^%eh$m|c^&bd_c__^a_gt^{x%xhlg$^ff^ua^f^`^b$h`$ye$gu^$^$s`^o^dg__gn`$u^^"
    "d___`f^g__gk^_`$u^^ba__``^qi`^h`$u^^e^`^`q__ggc^`$u^^d___`d`g__go^$xb``^af^kgmb$t^^d^`^ad_h__gn`$u^^"
    "d^`^ad_h__gma$t_^d^`^af^g__gn`%c^ac^^^ecg__$z^^eie^g%t^^ghc_g${_cgh^^^^^a_$nq^_bh^$af^&aq^giaa`^`_d`"
    "aji^l8|`ff@]ay`z_{_%]$]f^_g$^`^h'l^&siaigg']h$yb$vg^z_hcgsk^m$nb$lnhgnfi`{j_g$ik$mqegcg&s`^ra^c^_`)c"
    "%]4|_p^&xja^`i%B{`'j^&]$]4gc&f_@/bg%b^ag$]_%m_+m^`^a^tba^%p_$ooggcojhyevj$ia$lklgh^gg$lki^e__g$^`$o^"
    "^`__b_^^$fbb_*ie^__g6<a^:^mmm`_u`)]g$b^%{_5z^*_^'rb,bg$-t`^_ba$e`a^(b_4zaeg.n_'vh$na&w`$rl|h__ga$jhd"
    "^$jgc`$ak^gb_$i^i`$mkea^i%oic^(]ibgca$t_^d___`f^g__d`b)]ofga^%nqig)rd_fx_%onlg%njeg%plag*ol(bg%cc^__"
    "a^^^_ig&td_d`^yg$ed^ae^fh$km/re^emg$us^k&wc`^^_^d^^eg$mb^_^beg-fa5>fg%sg$cb$xdvgBr^^$tda%n^h_6(h_'6^"
    "$k_t3{b`cee_d{a'q`$/f$o3]$ta$oe^k^sb^l$-md^n_d^_^b+bdfg.a^$zk$1sd&jdbg'7sg;$+c*m";

constexpr const char* kLowerRuns =
    "%^w^%]&ct^%]_d^%]$_u__a`__`e__`t___^^*n^`__a^^0a^____^^/y^^^___^/w^^^_`^^'{^^^/q^^^/s^^^__^^/w^^^/{_"
    "^^0c^^^0_^^^_a^^0c^^^0g_^^0i^`___^^0q^^^__^^0q`^^__^^0q^^^___^0o^____^^0s^^^_a^^_e^^a^^^__^^a^^^__^^"
    "a^f__`f__`^^a^____^^)^^^^&l^q___^^+`_f__e^^8%s^^^__^^-b^^^8%m`^^__^^/b^^^'g^^^'k^b__,____a^^_f^^*ed^"
    "^%i_`^%g_^^']__^&{_n^%]_f^%]$a^^mfi__c^^&t`^^__^^j^^^_``^+`^m^(]^$]^%]$nn__gx___^^{^d__`$m__`$c^&]%="
    "g$c^1)]_^^1)]c^^1)]9p%m^%.@]^c^m%'x$h^(>|``^(>|-^%h__g^^1>z_$m__ge^lfc^lhe^lfe^lfc^lia_lfe^lve^lfe^l"
    "fe^lf_^l^_^'p^^^nia^(h^^^ni_^l^_^)dj_^l^_^)|^^^ji_^*|^_^*x^^^n,g^^18va^^3.z^^^3'hd^^$u$km^$]q^^_<pw^"
    "$q$<n$m^&]$n^^__^^7Bj^^^*1h^^^7Aj``___^^8$t^^^7Bv^^^8$z^^^8$x_^^_`^^_f_^8&z^$o__f___b^^_A-kt__qk__'e"
    "d__a|__h____^^%(#d^b__b^^__^^%55l`___ag___^^%57d^^^%57z^^^%57r^^^%57^^^^%57d_^^%54`^^^%55p^^^%54f^^^"
    "$=]^e___^^%|^^^%57b^^^%(&l^___d^^_c___z^^_8<iw^%]$)c$e^%m'f$a^%m'zh^%k_l^%k_d^%k__^%k$:h$p^']%Bk$]^%"
    "]8/^$]^%]A8^$_^%a";

constexpr const char* kLowerMulti =
    ",m_&f;d";

constexpr const char* kUpperRuns =
    "&^w^$|$x^^$1k$ht^$|_d^$|^^^*o_u_^_^^1l_`_^`e_^`t_^``_^^^^5t^^^/c`__^`^^^a^^^c^^^`^^)_a^^^^^^-ca^^+a`"
    "`_^`^^^b^^^`^^^a__^`^^^a^^^_^^&mc^^^^^^`_^^^^^^`_^^^^^^`_e_^^^^'z_f_^`^^^^^^`_^^^aq_^af_^f^^^`_^8&{_"
    "^^^bb_^^^^8${^^^8$u^^^8$y^^^0`^^^/x__^/v_^^/p_^^/r^^^%57{a^^/v^^^%57s_^^/z_^^%55m^^^%57e_^^0^^^^0b^^"
    "^%57e^^^7Bk^^^%57_`^^0b_^^7Bw^^^0f`^^0he^^7Ak`^^0p_^^%57c^^^0pa^^%55q^^^0p^^^'f^_^0n^^^'jc^^0rh^^%54"
    "g^^^%54a(d^^(e$i__^a^^^a`^+a$l^^%h^`^%f_n^$|^^^$z^f^$|^^^&|^_^&z_^^&x^^^&na^^%z^^^&h^^^l_i_^^^^(h^^^"
    "'|^^^k^^^*d_^^(|`^^^`^^^$r$]^$|^m^'|_n_^gx_^`d_^^^^z_$m_^$o$c^%|%=g$h^(?]``^(?]:vc^l%'`^^/)x^^^/)v^^"
    "^/)d^_^/)`^^^/)b^^^/(t^^^/%f^^^%'?a*n^^%(#ea^^*1in^^%(&m&p%h_^c^^&rc$m_^^e^mfc^mhe^mfe^mfc^mia_mfe^m"
    "f_^'q^a^(i^_^)e^_^+]^_^*]^_^*y$p_^mj^^1%fo_^ml_^ma^^k.f^^$t$_m^|b^^^=iw^$p$=d$m^%|_^^^a^^8%r^^^8%l_`"
    "_^d^^^`^^^h$o_^f__^b^^^j$c^1(|_^^1(|c^^1(|A+qt_^qk_^'ed_^a|_^h__^`b_^b^^^b__^^^^&]`g_^ie_^b__^d^^^c_"
    "_^z^^^=z^^$<|z%m^%.?|7?_w^$|$)k$e^%l'f$a^%l'yh^%j_l^%j_d^%j__^%j$;a$p^&|%Ak$]^$|8/^$]^$|A8`$_^%`";

constexpr const char* kUpperMulti =
    ")|_%p%p&g_8y%k(d_%g;i0]`?v;e;^$]`@b;e;^1t_$,r$-o)+l_%e<n^_%q;e^_%t;g^_%v;g^_%^8{(s_@b;p_`@b;p;]_`@b;"
    "p;^_`@b;p=_$g_*;e?v^_*;f?v^_*;g?v^_*;h?v^_*;i?v^_*;j?v^_*;k?v^_*;l?v^_*;e?v^_*;f?v^_*;g?v^_*;h?v^_*;"
    "i?v^_*;j?v^_*;k?v^_*;l?v^_*<e?v^_*<f?v^_*<g?v^_*<h?v^_*<i?v^_*<j?v^_*<k?v^_*<l?v^_*<e?v^_*<f?v^_*<g?"
    "v^_*<h?v^_*<i?v^_*<j?v^_*<k?v^_*<l?v^_*>e?v^_*>f?v^_*>g?v^_*>h?v^_*>i?v^_*>j?v^_*>k?v^_*>l?v^_*>e?v^"
    "_*>f?v^_*>g?v^_*>h?v^_*>i?v^_*>j?v^_*>k?v^_*>l?v`_*@w?v^_?n?v^_?c?v__?n=_^`?n=_?vb_?n?vc_*Ag?v^_?t?v"
    "^_?f?v__?t=_^`?t=_?vb_?t?vc`?v;e;]^`?v;e;^`_?v=_^`?v;e=_h`@b;e;]^`@b;e;^^_@^;p__@b=_^`@b;e=_h_*Bw?v^"
    "_@f?v^_?l?v__@f=_^`@f=_?vb_@f?v$9;a_%c%c^_%c%f^_%c%i^`%c%c%f^`%c%c%i^_%p%q^_%p%qj_$-a$-c^_$-a$,r^_$-"
    "a$,x^_$-k$-c^_$-a$,z";

constexpr const char* kTitleVsUpperRuns =
    "1a^^_^^^]^^^^^^^_^^^]^^^^^^^_^^^]^^^^$b^^_^^^]^^^^&9z$h^]``^]&7^e^m^e^]^e^m^e^]^e^m^e^]a^^of^^]d^^of"
    "^^]$d^^of^^]";

constexpr const char* kTitleVsUpperMulti =
    ")|_%p&p$(e_$,r$/_)4h_*@w=b__?c=b``?n=_=bh_*Ag=b__?f=b``?t=_=b$h_*Bw=b__?l=b``@f=_=b$9;f_%c&c^_%c&f^_"
    "%c&i^`%c&c&f^`%c&c&i^_%p&q^_%p&qj_$-a$.s^_$-a$.b^_$-a$.h^_$-k$.s^_$-a$.j";

constexpr const char* kFoldVsLowerRuns =
    "(r^^$3k)g^^3t1c^^*e&z^^_k^^$x^^^$na^^z^^^$hw^^&h^^^%|a^^&|&@h%s^]`c^l%'`^^/'x^^^/'v^^^/'d^_^/'`^^^/'"
    "b^^^/&t^^^/%d^^^%'?c3p^^&p,`^^1#f$%@o%m^%.?|";

constexpr const char* kFoldVsLowerMulti =
    ")|_&p&p&g_8y&k(d_&g;i0]`@v;e;^$]`Ab;e;^1t_$.b$/_)+l_&e<n^_&q;e^_&t;g^_&v;g^_&^8{a_&p&p(o_Ab;p_`Ab;p;"
    "]_`Ab;p;^_`Ab;p=_$g_*;]@v^_*;^@v^_*;_@v^_*;`@v^_*;a@v^_*;b@v^_*;c@v^_*;d@v^_*;]@v^_*;^@v^_*;_@v^_*;`"
    "@v^_*;a@v^_*;b@v^_*;c@v^_*;d@v^_*<]@v^_*<^@v^_*<_@v^_*<`@v^_*<a@v^_*<b@v^_*<c@v^_*<d@v^_*<]@v^_*<^@v"
    "^_*<_@v^_*<`@v^_*<a@v^_*<b@v^_*<c@v^_*<d@v^_*>]@v^_*>^@v^_*>_@v^_*>`@v^_*>a@v^_*>b@v^_*>c@v^_*>d@v^_"
    "*>]@v^_*>^@v^_*>_@v^_*>`@v^_*>a@v^_*>b@v^_*>c@v^_*>d@v`_*>m@v^_@n@v^_@i@v__@n=_^`@n=_@vb_@n@vc_*>q@v"
    "^_@t@v^_@k@v__@t=_^`@t=_@vb_@t@vc`@v;e;]^`@v;e;^`_@v=_^`@v;e=_h`Ab;e;]^`Ab;e;^^_A^;p__Ab=_^`Ab;e=_h_"
    "*>y@v^_Af@v^_Ak@v__Af=_^`Af=_@vb_Af@v$9;a_&c&c^_&c&f^_&c&i^`&c&c&f^`&c&c&i^_&p&q^_&p&qj_$.q$.s^_$.q$"
    ".b^_$.q$.h^_$.{$.s^_$.q$.j";

}  // namespace tables

// Each number is base-32 digits, most significant first: '#'..'B' continue, ']'..'|' end.
std::vector<uint32_t> decode_numbers(const char* text) {
  std::vector<uint32_t> out;
  uint32_t n = 0;
  for (const char* p = text; *p; ++p) {
    unsigned char c = static_cast<unsigned char>(*p);
    if (c >= 0x5D) {
      out.push_back((n << 5) | (c - 0x5D));
      n = 0;
    } else {
      n = (n << 5) | (c - 0x23);
    }
  }
  return out;
}

// A set of code points as sorted boundaries [start0, end0, start1, end1, ...): c is in the set
// when an odd number of boundaries are <= c.
using Bounds = std::vector<uint32_t>;
Bounds decode_bounds(const char* text) {
  Bounds b = decode_numbers(text);
  for (size_t i = 1; i < b.size(); ++i) b[i] += b[i - 1];
  return b;
}
// The symmetric difference of two sets: merge the boundaries, equal pairs cancel.
Bounds xor_bounds(const Bounds& a, const Bounds& b) {
  Bounds merged;
  std::merge(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(merged));
  Bounds out;
  for (uint32_t x : merged) {
    if (!out.empty() && out.back() == x) out.pop_back();
    else out.push_back(x);
  }
  return out;
}
bool in_set(const Bounds& b, uint32_t c) { return (std::upper_bound(b.begin(), b.end(), c) - b.begin()) & 1; }

// A case mapping: one-character results as runs (start, count, stride, delta), longer ones listed.
struct CaseMap {
  struct Run {
    uint32_t start, count, stride;
    int32_t delta;
  };
  std::vector<Run> runs;
  std::vector<uint32_t> multi_keys;      // sorted code points
  std::vector<uint32_t> multi_offsets;   // into multi_pool, one more than keys
  std::vector<uint32_t> multi_pool;

  // Writes the mapping of c into out (up to 3 code points); 0 when c is not in this map.
  int lookup(uint32_t c, uint32_t* out) const {
    auto k = std::lower_bound(multi_keys.begin(), multi_keys.end(), c);
    if (k != multi_keys.end() && *k == c) {
      size_t i = k - multi_keys.begin();
      int n = 0;
      for (uint32_t j = multi_offsets[i]; j < multi_offsets[i + 1]; ++j) out[n++] = multi_pool[j];
      return n;
    }
    auto r = std::upper_bound(runs.begin(), runs.end(), c, [](uint32_t x, const Run& run) { return x < run.start; });
    if (r == runs.begin()) return 0;
    --r;
    uint32_t offset = c - r->start;
    if (offset % r->stride != 0 || offset / r->stride >= r->count) return 0;
    out[0] = static_cast<uint32_t>(static_cast<int64_t>(c) + r->delta);
    return 1;
  }
};

CaseMap decode_case_map(const char* runs_text, const char* multi_text) {
  CaseMap m;
  std::vector<uint32_t> r = decode_numbers(runs_text);
  uint32_t previous = 0;
  for (size_t i = 0; i + 3 < r.size(); i += 4) {
    uint32_t start = previous + r[i];
    int32_t delta = (r[i + 3] & 1) ? -static_cast<int32_t>((r[i + 3] + 1) / 2) : static_cast<int32_t>(r[i + 3] / 2);
    m.runs.push_back({start, r[i + 1], r[i + 2], delta});
    previous = start + (r[i + 1] - 1) * r[i + 2];
  }
  std::vector<uint32_t> mu = decode_numbers(multi_text);
  previous = 0;
  m.multi_offsets.push_back(0);
  for (size_t i = 0; i + 1 < mu.size();) {
    previous += mu[i];
    uint32_t n = mu[i + 1];
    m.multi_keys.push_back(previous);
    for (uint32_t k = 0; k < n; ++k) m.multi_pool.push_back(mu[i + 2 + k]);
    m.multi_offsets.push_back(static_cast<uint32_t>(m.multi_pool.size()));
    i += 2 + n;
  }
  return m;
}

struct UnicodeData {
  Bounds alpha, decimal, digit, numeric, printable, space, cased, case_ignorable, title, upper_xor_mapped, xid_start,
      xid_continue;
  CaseMap lower, upper, title_vs_upper, fold_vs_lower;
};

const UnicodeData& unicode() {
  static const UnicodeData* data = [] {
    UnicodeData* d = new UnicodeData;
    d->alpha = decode_bounds(tables::kAlpha);
    d->decimal = decode_bounds(tables::kDecimal);
    d->digit = xor_bounds(d->decimal, decode_bounds(tables::kDigitXorDecimal));
    d->numeric = xor_bounds(d->digit, decode_bounds(tables::kNumericXorDigit));
    d->printable = decode_bounds(tables::kPrintable);
    d->space = decode_bounds(tables::kSpace);
    d->cased = decode_bounds(tables::kCased);
    d->case_ignorable = decode_bounds(tables::kCaseIgnorable);
    d->title = decode_bounds(tables::kTitle);
    d->upper_xor_mapped = decode_bounds(tables::kUpperXorMapped);
    d->xid_start = xor_bounds(d->alpha, decode_bounds(tables::kXidStartXorAlpha));
    d->xid_continue = xor_bounds(d->xid_start, decode_bounds(tables::kXidContinueXorStart));
    d->lower = decode_case_map(tables::kLowerRuns, tables::kLowerMulti);
    d->upper = decode_case_map(tables::kUpperRuns, tables::kUpperMulti);
    d->title_vs_upper = decode_case_map(tables::kTitleVsUpperRuns, tables::kTitleVsUpperMulti);
    d->fold_vs_lower = decode_case_map(tables::kFoldVsLowerRuns, tables::kFoldVsLowerMulti);
    return d;
  }();
  return *data;
}

bool is_ascii_letter(uint32_t c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }

bool u_alpha(uint32_t c) { return c < 128 ? is_ascii_letter(c) : in_set(unicode().alpha, c); }
bool u_decimal(uint32_t c) { return c < 128 ? c >= '0' && c <= '9' : in_set(unicode().decimal, c); }
bool u_digit(uint32_t c) { return c < 128 ? c >= '0' && c <= '9' : in_set(unicode().digit, c); }
bool u_numeric(uint32_t c) { return c < 128 ? c >= '0' && c <= '9' : in_set(unicode().numeric, c); }
bool u_alnum(uint32_t c) { return u_alpha(c) || u_numeric(c); }  // numeric includes decimal and digit
bool u_printable(uint32_t c) { return c < 128 ? c >= 0x20 && c < 0x7F : in_set(unicode().printable, c); }
bool u_space(uint32_t c) {
  if (c < 128) return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
  return in_set(unicode().space, c);
}
bool u_cased(uint32_t c) { return c < 128 ? is_ascii_letter(c) : in_set(unicode().cased, c); }
bool u_case_ignorable(uint32_t c) { return in_set(unicode().case_ignorable, c); }
bool u_title(uint32_t c) { return c >= 128 && in_set(unicode().title, c); }
bool u_upper(uint32_t c) {
  if (c < 128) return c >= 'A' && c <= 'Z';
  uint32_t mapped[3];
  bool has_lower = unicode().lower.lookup(c, mapped) > 0 && !u_title(c);
  return has_lower != in_set(unicode().upper_xor_mapped, c);
}
bool u_lower(uint32_t c) {
  if (c < 128) return c >= 'a' && c <= 'z';
  return u_cased(c) && !u_upper(c) && !u_title(c);
}
bool u_xid_start(uint32_t c) { return c < 128 ? is_ascii_letter(c) : in_set(unicode().xid_start, c); }
bool u_xid_continue(uint32_t c) {
  return c < 128 ? is_ascii_letter(c) || (c >= '0' && c <= '9') || c == '_' : in_set(unicode().xid_continue, c);
}

// Full case mappings: each writes 1 to 3 code points into out and returns how many.
int lower_full(uint32_t c, uint32_t* out) {
  if (c < 128) {
    out[0] = c >= 'A' && c <= 'Z' ? c + 32 : c;
    return 1;
  }
  int n = unicode().lower.lookup(c, out);
  if (n) return n;
  out[0] = c;
  return 1;
}
int upper_full(uint32_t c, uint32_t* out) {
  if (c < 128) {
    out[0] = c >= 'a' && c <= 'z' ? c - 32 : c;
    return 1;
  }
  int n = unicode().upper.lookup(c, out);
  if (n) return n;
  out[0] = c;
  return 1;
}
int title_full(uint32_t c, uint32_t* out) {
  if (c >= 128) {
    int n = unicode().title_vs_upper.lookup(c, out);
    if (n) return n;
  }
  return upper_full(c, out);
}
int fold_full(uint32_t c, uint32_t* out) {
  if (c >= 128) {
    int n = unicode().fold_vs_lower.lookup(c, out);
    if (n) return n;
  }
  return lower_full(c, out);
}

// ---- helpers ----

using CodePoints = std::vector<uint32_t>;
// Results longer than this (in code points) raise MemoryError instead of exhausting wasm memory.
constexpr uint64_t kMaxResultLength = uint64_t{1} << 28;

Str* self_str(CallArgs args) { return static_cast<Str*>(args[0].as_object()); }
bool has_layout(Value v, Layout layout) { return v.is_object() && v.as_object()->type->layout == layout; }
bool is_str(Value v) { return has_layout(v, Layout::Str); }
Str* as_str(Value v) { return static_cast<Str*>(v.as_object()); }
Value from_code_points(VM& vm, const CodePoints& cps) {
  return Value::from_object(make_str_from_code_points(vm, cps.data(), cps.size()));
}
CodePoints code_points(const Str* s, size_t begin = 0, size_t end = SIZE_MAX) {
  end = std::min(end, s->length);
  CodePoints out;
  if (begin < end) out.reserve(end - begin);
  for (size_t i = begin; i < end; ++i) out.push_back(s->at(i));
  return out;
}
void append(CodePoints& out, const Str* s) {
  for (size_t i = 0; i < s->length; ++i) out.push_back(s->at(i));
}
Value substring(VM& vm, const Str* s, size_t begin, size_t end) {
  if (begin == 0 && end == s->length) return Value::from_object(const_cast<Str*>(s));
  return from_code_points(vm, code_points(s, begin, end));
}

// An int argument used as a size or count: "'str' object cannot be interpreted as an integer".
bool as_size(VM& vm, Value v, int64_t& out) {
  if (!is_integer(v)) {
    Value index = index_value(vm, v);  // __index__, or an int subclass's plain value
    if (index.is_error()) return false;
    if (!index.is_null()) v = index;
  }
  if (v.is_int()) {
    out = v.as_int();
    return true;
  }
  if (v.is_bool()) {
    out = v.as_bool();
    return true;
  }
  if (is_big_int(v)) {
    vm.raise(vm.types.OverflowError, "Python int too large to convert to C ssize_t");
    return false;
  }
  vm.raise(vm.types.TypeError, "'" + type_name(vm, v) + "' object cannot be interpreted as an integer");
  return false;
}

// A start or end of find/count/startswith: None keeps the default, big ints clamp.
bool slice_index(VM& vm, Value v, int64_t& out) {
  if (v.is_none()) return true;
  if (v.is_int() || v.is_bool()) {
    out = v.is_int() ? v.as_int() : v.as_bool();
    return true;
  }
  if (is_big_int(v)) {
    out = big_of(v).is_negative() ? std::numeric_limits<int64_t>::min() / 2 : std::numeric_limits<int64_t>::max() / 2;
    return true;
  }
  vm.raise(vm.types.TypeError, "slice indices must be integers or None or have an __index__ method");
  return false;
}

// CPython's ADJUST_INDICES: clamps [start, end) to the string like a slice.
void adjust_indices(int64_t& start, int64_t& end, int64_t length) {
  if (end > length) end = length;
  else if (end < 0) end = std::max<int64_t>(end + length, 0);
  if (start < 0) start = std::max<int64_t>(start + length, 0);
}

// The arguments of find/rfind/index/rindex/count/startswith/endswith: (sub[, start[, end]]).
bool parse_find_args(VM& vm, CallArgs args, const char* name, Value& sub, int64_t& start, int64_t& end) {
  if (!check_no_keywords(vm, args, name)) return false;
  int n = args.count - 1;
  if (n < 1) {
    vm.raise(vm.types.TypeError, std::string(name) + "() takes at least 1 argument (0 given)");
    return false;
  }
  if (n > 3) {
    vm.raise(vm.types.TypeError, std::string(name) + "() takes at most 3 arguments (" + std::to_string(n) + " given)");
    return false;
  }
  sub = args[1];
  start = 0;
  end = std::numeric_limits<int64_t>::max();
  if (n >= 2 && !slice_index(vm, args[2], start)) return false;
  if (n >= 3 && !slice_index(vm, args[3], end)) return false;
  adjust_indices(start, end, static_cast<int64_t>(self_str(args)->length));
  return true;
}

bool require_str(VM& vm, Value v, const std::string& prefix) {
  if (is_str(v)) return true;
  vm.raise(vm.types.TypeError, prefix + type_name(vm, v));
  return false;
}

bool matches_at(const Str* hay, const Str* needle, size_t at) {
  for (size_t k = 0; k < needle->length; ++k)
    if (hay->at(at + k) != needle->at(k)) return false;
  return true;
}

// First (or last) index of needle within hay[start:end), or -1.
int64_t find_in(const Str* hay, const Str* needle, int64_t start, int64_t end, bool reverse = false) {
  int64_t m = static_cast<int64_t>(needle->length);
  if (end - start < m) return -1;
  if (needle->kind > hay->kind) return -1;  // a wider character cannot occur in narrower text
  if (!reverse && m > 0 && needle->kind == hay->kind) {
    // Same width: a byte search over the storage, checked to land on a character boundary.
    const size_t k = hay->kind;
    std::string_view text(hay->storage.data() + start * k, (end - start) * k);
    std::string_view pattern(needle->storage);
    for (size_t at = text.find(pattern); at != std::string_view::npos; at = text.find(pattern, at + 1))
      if (at % k == 0) return start + static_cast<int64_t>(at / k);
    return -1;
  }
  if (!reverse) {
    if (m == 1) {
      uint32_t c = needle->at(0);
      for (int64_t i = start; i < end; ++i)
        if (hay->at(i) == c) return i;
      return -1;
    }
    for (int64_t i = start; i + m <= end; ++i)
      if (matches_at(hay, needle, i)) return i;
  } else {
    for (int64_t i = end - m; i >= start; --i)
      if (matches_at(hay, needle, i)) return i;
  }
  return -1;
}

// ---- case ----

// Greek capital sigma lowercases to final sigma at the end of a word (CPython's handle_capital_sigma).
uint32_t lower_sigma(const Str* s, size_t i) {
  int64_t j = static_cast<int64_t>(i) - 1;
  uint32_t c = 0;
  for (; j >= 0; --j) {
    c = s->at(j);
    if (!u_case_ignorable(c)) break;
  }
  bool final_sigma = j >= 0 && u_cased(c);
  if (final_sigma && i + 1 < s->length) {
    size_t k = i + 1;
    for (; k < s->length; ++k) {
      c = s->at(k);
      if (!u_case_ignorable(c)) break;
    }
    final_sigma = k == s->length || !u_cased(c);
  }
  return final_sigma ? 0x3C2 : 0x3C3;
}
int lower_at(const Str* s, size_t i, uint32_t* out) {
  uint32_t c = s->at(i);
  if (c == 0x3A3) {
    out[0] = lower_sigma(s, i);
    return 1;
  }
  return lower_full(c, out);
}

void push(CodePoints& out, const uint32_t* mapped, int n) { out.insert(out.end(), mapped, mapped + n); }

Value str_lower(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "str.lower", 1)) return Value::error();
  Str* s = self_str(args);
  CodePoints out;
  out.reserve(s->length);
  uint32_t mapped[3];
  for (size_t i = 0; i < s->length; ++i) push(out, mapped, lower_at(s, i, mapped));
  return from_code_points(vm, out);
}

Value str_upper(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "str.upper", 1)) return Value::error();
  Str* s = self_str(args);
  CodePoints out;
  out.reserve(s->length);
  uint32_t mapped[3];
  for (size_t i = 0; i < s->length; ++i) push(out, mapped, upper_full(s->at(i), mapped));
  return from_code_points(vm, out);
}

Value str_casefold(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "str.casefold", 1)) return Value::error();
  Str* s = self_str(args);
  CodePoints out;
  out.reserve(s->length);
  uint32_t mapped[3];
  for (size_t i = 0; i < s->length; ++i) push(out, mapped, fold_full(s->at(i), mapped));
  return from_code_points(vm, out);
}

Value str_swapcase(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "str.swapcase", 1)) return Value::error();
  Str* s = self_str(args);
  CodePoints out;
  out.reserve(s->length);
  uint32_t mapped[3];
  for (size_t i = 0; i < s->length; ++i) {
    uint32_t c = s->at(i);
    if (u_upper(c)) push(out, mapped, lower_at(s, i, mapped));
    else if (u_lower(c)) push(out, mapped, upper_full(c, mapped));
    else out.push_back(c);
  }
  return from_code_points(vm, out);
}

Value str_capitalize(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "str.capitalize", 1)) return Value::error();
  Str* s = self_str(args);
  CodePoints out;
  out.reserve(s->length);
  uint32_t mapped[3];
  for (size_t i = 0; i < s->length; ++i) push(out, mapped, i == 0 ? title_full(s->at(0), mapped) : lower_at(s, i, mapped));
  return from_code_points(vm, out);
}

Value str_title(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "str.title", 1)) return Value::error();
  Str* s = self_str(args);
  CodePoints out;
  out.reserve(s->length);
  uint32_t mapped[3];
  bool previous_cased = false;
  for (size_t i = 0; i < s->length; ++i) {
    uint32_t c = s->at(i);
    push(out, mapped, previous_cased ? lower_at(s, i, mapped) : title_full(c, mapped));
    previous_cased = u_cased(c);
  }
  return from_code_points(vm, out);
}

// ---- classification ----

template <bool (*Predicate)(uint32_t)>
Value classify(VM& vm, CallArgs args, const char* name) {
  if (!check_none(vm, args, name, 1)) return Value::error();
  Str* s = self_str(args);
  if (s->length == 0) return Value::from_bool(false);
  for (size_t i = 0; i < s->length; ++i)
    if (!Predicate(s->at(i))) return Value::from_bool(false);
  return Value::from_bool(true);
}
Value str_isalpha(VM& vm, CallArgs args) { return classify<u_alpha>(vm, args, "str.isalpha"); }
Value str_isalnum(VM& vm, CallArgs args) { return classify<u_alnum>(vm, args, "str.isalnum"); }
Value str_isdecimal(VM& vm, CallArgs args) { return classify<u_decimal>(vm, args, "str.isdecimal"); }
Value str_isdigit(VM& vm, CallArgs args) { return classify<u_digit>(vm, args, "str.isdigit"); }
Value str_isnumeric(VM& vm, CallArgs args) { return classify<u_numeric>(vm, args, "str.isnumeric"); }
Value str_isspace(VM& vm, CallArgs args) { return classify<u_space>(vm, args, "str.isspace"); }

Value str_isascii(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "str.isascii", 1)) return Value::error();
  return Value::from_bool(self_str(args)->is_ascii());
}

Value str_isprintable(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "str.isprintable", 1)) return Value::error();
  Str* s = self_str(args);
  for (size_t i = 0; i < s->length; ++i)
    if (!u_printable(s->at(i))) return Value::from_bool(false);
  return Value::from_bool(true);
}

Value str_isidentifier(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "str.isidentifier", 1)) return Value::error();
  Str* s = self_str(args);
  if (s->length == 0) return Value::from_bool(false);
  uint32_t first = s->at(0);
  if (!(first == '_' || u_xid_start(first))) return Value::from_bool(false);
  for (size_t i = 1; i < s->length; ++i)
    if (!u_xid_continue(s->at(i))) return Value::from_bool(false);
  return Value::from_bool(true);
}

Value str_islower(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "str.islower", 1)) return Value::error();
  Str* s = self_str(args);
  bool cased = false;
  for (size_t i = 0; i < s->length; ++i) {
    uint32_t c = s->at(i);
    if (u_upper(c) || u_title(c)) return Value::from_bool(false);
    cased = cased || u_lower(c);
  }
  return Value::from_bool(cased);
}

Value str_isupper(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "str.isupper", 1)) return Value::error();
  Str* s = self_str(args);
  bool cased = false;
  for (size_t i = 0; i < s->length; ++i) {
    uint32_t c = s->at(i);
    if (u_lower(c) || u_title(c)) return Value::from_bool(false);
    cased = cased || u_upper(c);
  }
  return Value::from_bool(cased);
}

Value str_istitle(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "str.istitle", 1)) return Value::error();
  Str* s = self_str(args);
  bool cased = false, previous_cased = false;
  for (size_t i = 0; i < s->length; ++i) {
    uint32_t c = s->at(i);
    if (u_upper(c) || u_title(c)) {
      if (previous_cased) return Value::from_bool(false);
      previous_cased = cased = true;
    } else if (u_lower(c)) {
      if (!previous_cased) return Value::from_bool(false);
      previous_cased = cased = true;
    } else {
      previous_cased = false;
    }
  }
  return Value::from_bool(cased);
}

// ---- padding ----

// The optional fill character of center/ljust/rjust.
bool fill_char(VM& vm, CallArgs args, uint32_t& fill) {
  fill = ' ';
  if (args.count < 3) return true;
  Value f = args[2];
  if (!is_str(f)) {
    vm.raise(vm.types.TypeError, "The fill character must be a unicode character, not " + type_name(vm, f));
    return false;
  }
  if (as_str(f)->length != 1) {
    vm.raise(vm.types.TypeError, "The fill character must be exactly one character long");
    return false;
  }
  fill = as_str(f)->at(0);
  return true;
}

Value pad(VM& vm, Str* s, int64_t left, int64_t right, uint32_t fill) {
  if (left <= 0 && right <= 0) return Value::from_object(s);
  left = std::max<int64_t>(left, 0);
  right = std::max<int64_t>(right, 0);
  if (static_cast<uint64_t>(left + right) + s->length > kMaxResultLength) return vm.raise_memory_error();
  CodePoints out(static_cast<size_t>(left), fill);
  append(out, s);
  out.insert(out.end(), static_cast<size_t>(right), fill);
  return from_code_points(vm, out);
}

Value justify(VM& vm, CallArgs args, const char* name, char how) {
  if (!check_between(vm, args, name, 1, 2, 1)) return Value::error();
  int64_t width;
  uint32_t fill;
  if (!as_size(vm, args[1], width) || !fill_char(vm, args, fill)) return Value::error();
  Str* s = self_str(args);
  int64_t margin = width - static_cast<int64_t>(s->length);
  if (margin <= 0) return Value::from_object(s);
  if (how == 'l') return pad(vm, s, 0, margin, fill);
  if (how == 'r') return pad(vm, s, margin, 0, fill);
  int64_t left = margin / 2 + (margin & width & 1);  // CPython's rounding for odd margins
  return pad(vm, s, left, margin - left, fill);
}
Value str_center(VM& vm, CallArgs args) { return justify(vm, args, "center", 'c'); }
Value str_ljust(VM& vm, CallArgs args) { return justify(vm, args, "ljust", 'l'); }
Value str_rjust(VM& vm, CallArgs args) { return justify(vm, args, "rjust", 'r'); }

Value str_zfill(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "str.zfill", 1)) return Value::error();
  int64_t width;
  if (!as_size(vm, args[1], width)) return Value::error();
  Str* s = self_str(args);
  if (static_cast<int64_t>(s->length) >= width) return Value::from_object(s);
  if (static_cast<uint64_t>(width) > kMaxResultLength) return vm.raise_memory_error();
  size_t fill = static_cast<size_t>(width) - s->length;
  CodePoints out(fill, '0');
  append(out, s);
  if (out[fill] == '+' || out[fill] == '-') {
    out[0] = out[fill];
    out[fill] = '0';
  }
  return from_code_points(vm, out);
}

Value str_expandtabs(VM& vm, CallArgs args) {
  if (!check_keywords(vm, args, "expandtabs", {"tabsize"})) return Value::error();
  if (args.count > 2)
    return vm.raise(vm.types.TypeError, "expandtabs() takes at most 1 argument (" + std::to_string(args.count - 1) + " given)");
  Value t = args.count > 1 ? args[1] : keyword_argument(args, "tabsize");
  int64_t tabsize = 8;
  if (!t.is_null() && !as_size(vm, t, tabsize)) return Value::error();
  Str* s = self_str(args);
  CodePoints out;
  int64_t column = 0;
  for (size_t i = 0; i < s->length; ++i) {
    uint32_t c = s->at(i);
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t spaces = tabsize - column % tabsize;
        if (out.size() + static_cast<uint64_t>(spaces) > kMaxResultLength) return vm.raise_memory_error();
        out.insert(out.end(), static_cast<size_t>(spaces), ' ');
        column += spaces;
      }
    } else {
      out.push_back(c);
      ++column;
      if (c == '\n' || c == '\r') column = 0;
    }
  }
  return from_code_points(vm, out);
}

// ---- strip ----

Value strip_impl(VM& vm, CallArgs args, const char* name, bool left, bool right) {
  if (!check_between(vm, args, name, 0, 1, 1)) return Value::error();
  Str* s = self_str(args);
  Str* chars = nullptr;
  if (args.count == 2 && !args[1].is_none()) {
    if (!is_str(args[1])) return vm.raise(vm.types.TypeError, std::string(name) + " arg must be None or str");
    chars = as_str(args[1]);
  }
  auto strip = [&](uint32_t c) {
    if (!chars) return u_space(c);
    for (size_t k = 0; k < chars->length; ++k)
      if (chars->at(k) == c) return true;
    return false;
  };
  size_t begin = 0, end = s->length;
  if (left)
    while (begin < end && strip(s->at(begin))) ++begin;
  if (right)
    while (end > begin && strip(s->at(end - 1))) --end;
  return substring(vm, s, begin, end);
}
Value str_strip(VM& vm, CallArgs args) { return strip_impl(vm, args, "strip", true, true); }
Value str_lstrip(VM& vm, CallArgs args) { return strip_impl(vm, args, "lstrip", true, false); }
Value str_rstrip(VM& vm, CallArgs args) { return strip_impl(vm, args, "rstrip", false, true); }

Value affix_impl(VM& vm, CallArgs args, const char* name, bool prefix) {
  if (!check_between(vm, args, name, 1, 1, 1)) return Value::error();
  if (!is_str(args[1])) return vm.raise(vm.types.TypeError, std::string(name) + "() argument must be str, not " + type_name(vm, args[1]));
  Str* s = self_str(args);
  Str* a = as_str(args[1]);
  if (a->length > s->length) return Value::from_object(s);
  size_t offset = prefix ? 0 : s->length - a->length;
  if (a->length == 0 || !matches_at(s, a, offset)) return Value::from_object(s);
  return prefix ? substring(vm, s, a->length, s->length) : substring(vm, s, 0, offset);
}
Value str_removeprefix(VM& vm, CallArgs args) { return affix_impl(vm, args, "removeprefix", true); }
Value str_removesuffix(VM& vm, CallArgs args) { return affix_impl(vm, args, "removesuffix", false); }

// ---- search ----

Value find_impl(VM& vm, CallArgs args, const char* name, bool reverse, bool raise) {
  Value sub;
  int64_t start, end;
  if (!parse_find_args(vm, args, name, sub, start, end)) return Value::error();
  if (!require_str(vm, sub, "must be str, not ")) return Value::error();
  int64_t at = find_in(self_str(args), as_str(sub), start, end, reverse);
  if (at < 0 && raise) return vm.raise(vm.types.ValueError, "substring not found");
  return Value::from_int(at);
}
Value str_find(VM& vm, CallArgs args) { return find_impl(vm, args, "find", false, false); }
Value str_rfind(VM& vm, CallArgs args) { return find_impl(vm, args, "rfind", true, false); }
Value str_index(VM& vm, CallArgs args) { return find_impl(vm, args, "index", false, true); }
Value str_rindex(VM& vm, CallArgs args) { return find_impl(vm, args, "rindex", true, true); }

Value str_count(VM& vm, CallArgs args) {
  Value sub;
  int64_t start, end;
  if (!parse_find_args(vm, args, "count", sub, start, end)) return Value::error();
  if (!require_str(vm, sub, "must be str, not ")) return Value::error();
  Str* s = self_str(args);
  Str* needle = as_str(sub);
  if (end - start < static_cast<int64_t>(needle->length)) return Value::from_int(0);
  if (needle->length == 0) return Value::from_int(end - start + 1);
  int64_t n = 0;
  for (int64_t at = find_in(s, needle, start, end); at >= 0; at = find_in(s, needle, at + needle->length, end)) ++n;
  return Value::from_int(n);
}

Value startswith_impl(VM& vm, CallArgs args, const char* name, bool prefix) {
  Value sub;
  int64_t start, end;
  if (!parse_find_args(vm, args, name, sub, start, end)) return Value::error();
  Str* s = self_str(args);
  auto matches = [&](Str* a) {
    int64_t m = static_cast<int64_t>(a->length);
    if (end - start < m) return false;
    return matches_at(s, a, static_cast<size_t>(prefix ? start : end - m));
  };
  if (has_layout(sub, Layout::Tuple)) {
    for (Value item : static_cast<Tuple*>(sub.as_object())->items) {
      if (!is_str(item))
        return vm.raise(vm.types.TypeError, std::string("tuple for ") + name + " must only contain str, not " + type_name(vm, item));
      if (matches(as_str(item))) return Value::from_bool(true);
    }
    return Value::from_bool(false);
  }
  if (!is_str(sub))
    return vm.raise(vm.types.TypeError, std::string(name) + " first arg must be str or a tuple of str, not " + type_name(vm, sub));
  return Value::from_bool(matches(as_str(sub)));
}
Value str_startswith(VM& vm, CallArgs args) { return startswith_impl(vm, args, "startswith", true); }
Value str_endswith(VM& vm, CallArgs args) { return startswith_impl(vm, args, "endswith", false); }

// ---- split and join ----

Value split_impl(VM& vm, CallArgs args, const char* name, bool reverse) {
  if (!check_keywords(vm, args, name, {"sep", "maxsplit"})) return Value::error();
  if (args.count > 3)
    return vm.raise(vm.types.TypeError, std::string(name) + "() takes at most 2 arguments (" + std::to_string(args.count - 1) + " given)");
  Value sep = args.count > 1 ? args[1] : keyword_argument(args, "sep");
  Value max_value = args.count > 2 ? args[2] : keyword_argument(args, "maxsplit");
  int64_t maxsplit = -1;
  if (!max_value.is_null() && !as_size(vm, max_value, maxsplit)) return Value::error();
  if (maxsplit < 0) maxsplit = std::numeric_limits<int64_t>::max();
  Str* s = self_str(args);
  int64_t n = static_cast<int64_t>(s->length);
  std::vector<Value> parts;
  auto piece = [&](int64_t a, int64_t b) { parts.push_back(substring(vm, s, a, b)); };
  if (sep.is_null() || sep.is_none()) {
    if (!reverse) {
      int64_t i = 0;
      while (maxsplit-- > 0) {
        while (i < n && u_space(s->at(i))) ++i;
        if (i == n) break;
        int64_t j = i++;
        while (i < n && !u_space(s->at(i))) ++i;
        piece(j, i);
      }
      if (i < n) {
        while (i < n && u_space(s->at(i))) ++i;
        if (i != n) piece(i, n);
      }
    } else {
      int64_t i = n - 1;
      while (maxsplit-- > 0) {
        while (i >= 0 && u_space(s->at(i))) --i;
        if (i < 0) break;
        int64_t j = i--;
        while (i >= 0 && !u_space(s->at(i))) --i;
        piece(i + 1, j + 1);
      }
      if (i >= 0) {
        while (i >= 0 && u_space(s->at(i))) --i;
        if (i >= 0) piece(0, i + 1);
      }
      std::reverse(parts.begin(), parts.end());
    }
  } else {
    if (!require_str(vm, sep, "must be str or None, not ")) return Value::error();
    Str* separator = as_str(sep);
    int64_t m = static_cast<int64_t>(separator->length);
    if (m == 0) return vm.raise(vm.types.ValueError, "empty separator");
    if (!reverse) {
      int64_t start = 0;
      while (maxsplit-- > 0) {
        int64_t at = find_in(s, separator, start, n);
        if (at < 0) break;
        piece(start, at);
        start = at + m;
      }
      piece(start, n);
    } else {
      int64_t end = n;
      while (maxsplit-- > 0) {
        int64_t at = find_in(s, separator, 0, end, true);
        if (at < 0) break;
        piece(at + m, end);
        end = at;
      }
      piece(0, end);
      std::reverse(parts.begin(), parts.end());
    }
  }
  return Value::from_object(make_list(vm, std::move(parts)));
}
Value str_split(VM& vm, CallArgs args) { return split_impl(vm, args, "split", false); }
Value str_rsplit(VM& vm, CallArgs args) { return split_impl(vm, args, "rsplit", true); }

bool is_line_break(uint32_t c) {
  return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D || c == 0x1E || c == 0x85 ||
         c == 0x2028 || c == 0x2029;
}

Value str_splitlines(VM& vm, CallArgs args) {
  if (!check_keywords(vm, args, "splitlines", {"keepends"})) return Value::error();
  if (args.count > 2)
    return vm.raise(vm.types.TypeError, "splitlines() takes at most 1 argument (" + std::to_string(args.count - 1) + " given)");
  Value k = args.count > 1 ? args[1] : keyword_argument(args, "keepends");
  int64_t keepends = 0;
  if (!k.is_null() && !as_size(vm, k, keepends)) return Value::error();
  Str* s = self_str(args);
  size_t n = s->length;
  std::vector<Value> lines;
  size_t i = 0;
  while (i < n) {
    size_t start = i;
    while (i < n && !is_line_break(s->at(i))) ++i;
    size_t end = i;
    if (i < n) {
      if (s->at(i) == '\r' && i + 1 < n && s->at(i + 1) == '\n') i += 2;
      else ++i;
      if (keepends) end = i;
    }
    lines.push_back(substring(vm, s, start, end));
  }
  return Value::from_object(make_list(vm, std::move(lines)));
}

Value partition_impl(VM& vm, CallArgs args, const char* name, bool reverse) {
  if (!check_exactly_one(vm, args, std::string("str.") + name, 1)) return Value::error();
  if (!require_str(vm, args[1], "must be str, not ")) return Value::error();
  Str* s = self_str(args);
  Str* sep = as_str(args[1]);
  if (sep->length == 0) return vm.raise(vm.types.ValueError, "empty separator");
  int64_t n = static_cast<int64_t>(s->length);
  int64_t at = find_in(s, sep, 0, n, reverse);
  Value empty = Value::from_object(make_str(vm, ""));
  if (at < 0) {
    Value whole = Value::from_object(s);
    return Value::from_object(make_tuple(vm, reverse ? std::vector<Value>{empty, empty, whole} : std::vector<Value>{whole, empty, empty}));
  }
  Value before = substring(vm, s, 0, at);
  Value after = substring(vm, s, at + sep->length, n);
  return Value::from_object(make_tuple(vm, {before, Value::from_object(sep), after}));
}
Value str_partition(VM& vm, CallArgs args) { return partition_impl(vm, args, "partition", false); }
Value str_rpartition(VM& vm, CallArgs args) { return partition_impl(vm, args, "rpartition", true); }

Value str_join(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "str.join", 1)) return Value::error();
  Value iterator = get_iterator(vm, args[1]);
  if (iterator.is_error()) {
    if (vm.pending_exception()->type != vm.types.TypeError) return iterator;
    vm.clear_pending_exception();
    return vm.raise(vm.types.TypeError, "can only join an iterable");
  }
  std::vector<Value> items;
  if (!collect_iterable_rooted_caller(vm, iterator, items)) return Value::error();
  Str* sep = self_str(args);
  if (items.size() == 1 && is_str(items[0])) return exact_str(vm, items[0]);  // a str subclass item is copied
  std::vector<const Str*> pieces;
  pieces.reserve(items.size());
  for (size_t i = 0; i < items.size(); ++i) {
    if (!is_str(items[i]))
      return vm.raise(vm.types.TypeError, "sequence item " + std::to_string(i) + ": expected str instance, " +
                                              type_name(vm, items[i]) + " found");
    pieces.push_back(as_str(items[i]));
  }
  return Value::from_object(str_join_pieces(vm, sep, pieces));
}

Value str_replace(VM& vm, CallArgs args) {
  if (!check_no_keywords(vm, args, "str.replace")) return Value::error();
  if (!check_between(vm, args, "replace", 2, 3, 1)) return Value::error();
  if (!require_str(vm, args[1], "replace() argument 1 must be str, not ")) return Value::error();
  if (!require_str(vm, args[2], "replace() argument 2 must be str, not ")) return Value::error();
  int64_t count = -1;
  if (args.count == 4 && !as_size(vm, args[3], count)) return Value::error();
  Str* s = self_str(args);
  Str* old = as_str(args[1]);
  Str* replacement = as_str(args[2]);
  if (count < 0) count = std::numeric_limits<int64_t>::max();
  int64_t n = static_cast<int64_t>(s->length);
  CodePoints out;
  int64_t i = 0;
  int64_t done = 0;
  if (old->length == 0) {
    // '-' between every character and at both ends, up to count times.
    for (; i <= n; ++i) {
      if (done < count) {
        if (out.size() + replacement->length > kMaxResultLength) return vm.raise_memory_error();
        append(out, replacement);
        ++done;
      }
      if (i < n) out.push_back(s->at(i));
    }
    return from_code_points(vm, out);
  }
  while (done < count) {
    int64_t at = find_in(s, old, i, n);
    if (at < 0) break;
    for (int64_t k = i; k < at; ++k) out.push_back(s->at(k));
    if (out.size() + replacement->length > kMaxResultLength) return vm.raise_memory_error();
    append(out, replacement);
    ++done;
    i = at + static_cast<int64_t>(old->length);
  }
  if (done == 0) return Value::from_object(s);
  for (int64_t k = i; k < n; ++k) out.push_back(s->at(k));
  return from_code_points(vm, out);
}

// ---- translate ----

// str.maketrans(x[, y[, z]]): a static method (a native without an owner is called without self).
Value str_maketrans(VM& vm, CallArgs args) {
  if (!check_between(vm, args, "maketrans", 1, 3)) return Value::error();
  if (args.count >= 2 && !require_str(vm, args[1], "maketrans() argument 2 must be str, not ")) return Value::error();
  if (args.count >= 3 && !require_str(vm, args[2], "maketrans() argument 3 must be str, not ")) return Value::error();
  Dict* result = make_dict(vm);
  if (args.count == 1) {
    if (!has_layout(args[0], Layout::Dict))
      return vm.raise(vm.types.TypeError, "if you give only one argument to maketrans it must be a dict");
    std::vector<Dict::Entry> entries = static_cast<Dict*>(args[0].as_object())->entries;
    for (const Dict::Entry& e : entries) {
      if (e.key.is_null()) continue;
      Value key = e.key;
      if (is_str(key)) {
        if (as_str(key)->length != 1)
          return vm.raise(vm.types.ValueError, "string keys in translate table must be of length 1");
        key = Value::from_int(as_str(key)->at(0));
      } else if (!is_integer(key)) {
        return vm.raise(vm.types.TypeError, "keys in translate table must be strings or integers");
      } else if (key.is_bool()) {
        key = Value::from_int(key.as_bool());
      }
      if (!result->set(vm, key, e.value)) return Value::error();
    }
    return Value::from_object(result);
  }
  if (!is_str(args[0]))
    return vm.raise(vm.types.TypeError, "first maketrans argument must be a string if there is a second argument");
  Str* x = as_str(args[0]);
  Str* y = as_str(args[1]);
  if (x->length != y->length)
    return vm.raise(vm.types.ValueError, "the first two maketrans arguments must have equal length");
  for (size_t i = 0; i < x->length; ++i)
    if (!result->set(vm, Value::from_int(x->at(i)), Value::from_int(y->at(i)))) return Value::error();
  if (args.count == 3) {
    Str* z = as_str(args[2]);
    for (size_t i = 0; i < z->length; ++i)
      if (!result->set(vm, Value::from_int(z->at(i)), Value::none())) return Value::error();
  }
  return Value::from_object(result);
}

Value str_translate(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "str.translate", 1)) return Value::error();
  Str* s = self_str(args);
  Value table = args[1];
  Dict* dict = has_layout(table, Layout::Dict) ? static_cast<Dict*>(table.as_object()) : nullptr;
  CodePoints out;
  out.reserve(s->length);
  for (size_t i = 0; i < s->length; ++i) {
    uint32_t c = s->at(i);
    Value key = Value::from_int(c);
    Value mapped;
    if (dict) {
      mapped = dict->get(vm, key);
      if (mapped.is_error()) return mapped;
    } else {
      mapped = get_item(vm, table, key);
      if (mapped.is_error()) {
        if (!vm.pending_exception()->type->is_subtype_of(vm.types.LookupError)) return mapped;
        vm.clear_pending_exception();
        mapped = Value::null();
      }
    }
    if (mapped.is_null()) {
      out.push_back(c);
    } else if (mapped.is_none()) {
      continue;
    } else if (is_str(mapped)) {
      append(out, as_str(mapped));
    } else if (is_integer(mapped)) {
      int64_t code = 0;
      bool ok = !is_big_int(mapped);
      if (ok) code = mapped.is_bool() ? mapped.as_bool() : mapped.as_int();
      if (!ok || code < 0 || code > 0x10FFFF)
        return vm.raise(vm.types.ValueError, "character mapping must be in range(0x110000)");
      out.push_back(static_cast<uint32_t>(code));
    } else {
      return vm.raise(vm.types.TypeError, "character mapping must return integer, None or str");
    }
  }
  return from_code_points(vm, out);
}

Value construct_str(VM& vm, CallArgs args) {
  // str(b'...', encoding, errors) decodes: objects/bytes_codecs.cpp.
  if (args.count > 1 || !keyword_argument(args, "encoding").is_null() || !keyword_argument(args, "errors").is_null())
    return construct_str_decoding(vm, args);
  if (!check_keywords(vm, args, "str", {"object"})) return Value::error();
  if (args.count > 1) return vm.raise(vm.types.TypeError, "str() takes at most 1 argument (" + std::to_string(args.count) + " given)");
  Value object = args.count == 1 ? args[0] : keyword_argument(args, "object");
  if (object.is_null()) return Value::from_object(make_str(vm, ""));
  return to_str(vm, object);
}

}  // namespace

void install_str_type(VM& vm) {
  Type* str = vm.types.str;
  str->construct = construct_str;
  static constexpr struct {
    const char* name;
    NativeFn fn;
  } kMethods[] = {
      {"capitalize", str_capitalize}, {"casefold", str_casefold},   {"center", str_center},
      {"count", str_count},           {"endswith", str_endswith},   {"expandtabs", str_expandtabs},
      {"find", str_find},             {"format", str_format},       {"format_map", str_format_map},
      {"index", str_index},           {"isalnum", str_isalnum},     {"isalpha", str_isalpha},
      {"isascii", str_isascii},       {"isdecimal", str_isdecimal}, {"isdigit", str_isdigit},
      {"isidentifier", str_isidentifier}, {"islower", str_islower}, {"isnumeric", str_isnumeric},
      {"isprintable", str_isprintable}, {"isspace", str_isspace},   {"istitle", str_istitle},
      {"isupper", str_isupper},       {"join", str_join},           {"ljust", str_ljust},
      {"lower", str_lower},           {"lstrip", str_lstrip},       {"partition", str_partition},
      {"removeprefix", str_removeprefix}, {"removesuffix", str_removesuffix}, {"replace", str_replace},
      {"rfind", str_rfind},           {"rindex", str_rindex},       {"rjust", str_rjust},
      {"rpartition", str_rpartition}, {"rsplit", str_rsplit},       {"rstrip", str_rstrip},
      {"split", str_split},           {"splitlines", str_splitlines}, {"startswith", str_startswith},
      {"strip", str_strip},           {"swapcase", str_swapcase},   {"title", str_title},
      {"translate", str_translate},   {"upper", str_upper},         {"zfill", str_zfill},
  };
  for (const auto& m : kMethods) add_method(vm, str, m.name, m.fn);
  // A static method: no owner, so neither str.maketrans(...) nor 'x'.maketrans(...) passes self.
  str->attributes->set_str(vm.intern("maketrans"), Value::from_object(make_native(vm, "maketrans", str_maketrans)));
}

}  // namespace saessak

/* The generator of the tables above (run with CPython 3.11; paste its output into namespace tables):

#!/usr/bin/env python3
"""Prints the Unicode tables of str_methods.cpp, read from CPython 3.11's own str methods."""
import sys
assert sys.version_info[:2] == (3, 11)
N = 0x110000
chars = [chr(i) for i in range(N)]

def bounds(pred):
    out, prev = [], False
    for i, ch in enumerate(chars):
        v = bool(pred(ch))
        if v != prev:
            out.append(i)
            prev = v
    if prev:
        out.append(N)
    return out

def xor_bounds(a, b):
    s = {}
    for x in a + b:
        s[x] = s.get(x, 0) ^ 1
    return sorted(x for x, v in s.items() if v)

def varint(n, out):
    assert n >= 0
    groups = []
    while True:
        groups.append(n & 31)
        n >>= 5
        if not n:
            break
    groups.reverse()
    for g in groups[:-1]:
        out.append(chr(0x23 + g))
    out.append(chr(0x5D + groups[-1]))

def encode_bounds(bs):
    out, prev = [], 0
    for b in bs:
        varint(b - prev, out)
        prev = b
    return ''.join(out)

def zigzag(d):
    return d * 2 if d >= 0 else -d * 2 - 1

def encode_map(mapping):
    """mapping: {cp: str}. Simple (one-char) entries as runs, the rest as a list."""
    simple = sorted((cp, ord(s) - cp) for cp, s in mapping.items() if len(s) == 1)
    multi = sorted((cp, s) for cp, s in mapping.items() if len(s) != 1)
    runs = []
    for cp, d in simple:
        if runs:
            start, count, stride, delta = runs[-1]
            last = start + (count - 1) * stride
            if delta == d and (count == 1 and cp - last in (1, 2) or count > 1 and cp - last == stride):
                runs[-1] = (start, count + 1, cp - last, delta)
                continue
        runs.append((cp, 1, 1, d))
    out, prev = [], 0
    for start, count, stride, delta in runs:
        varint(start - prev, out)
        varint(count, out)
        varint(stride, out)
        varint(zigzag(delta), out)
        prev = start + (count - 1) * stride
    mout, prev = [], 0
    for cp, s in multi:
        varint(cp - prev, mout)
        varint(len(s), mout)
        for c in s:
            varint(ord(c), mout)
        prev = cp
    return ''.join(out), ''.join(mout)

title = lambda c: c.istitle() and not c.isupper()
cased = lambda c: (c + 'a').title()[-1] == 'a'
def case_ignorable(c):
    if cased(c):
        return (' ' + c + '\u03a3').lower()[-1] == '\u03c3'
    return ('A\u03a3' + c + 'a').lower()[1] == '\u03c3'

tables = {}
tables['alpha'] = bounds(str.isalpha)
tables['decimal'] = bounds(str.isdecimal)
tables['digit_xor_decimal'] = xor_bounds(bounds(str.isdigit), tables['decimal'])
tables['numeric_xor_digit'] = xor_bounds(bounds(str.isnumeric), bounds(str.isdigit))
tables['printable'] = bounds(str.isprintable)
tables['space'] = bounds(str.isspace)
tables['cased'] = bounds(cased)
tables['case_ignorable'] = bounds(case_ignorable)
tables['title'] = bounds(title)
tables['upper_xor_mapped'] = xor_bounds(bounds(str.isupper), bounds(lambda c: c.lower() != c and not title(c)))
xid_start = bounds(lambda c: c.isidentifier() and c != '_')
tables['xid_start_xor_alpha'] = xor_bounds(xid_start, tables['alpha'])
tables['xid_continue_xor_start'] = xor_bounds(bounds(lambda c: ('a' + c).isidentifier()), xid_start)

lower = {i: c.lower() for i, c in enumerate(chars) if c.lower() != c}
upper = {i: c.upper() for i, c in enumerate(chars) if c.upper() != c}
title_map = {i: c.title() for i, c in enumerate(chars) if c.title() != upper.get(i, c)}
fold = {i: c.casefold() for i, c in enumerate(chars) if c.casefold() != lower.get(i, c)}

def literal(name, text):
    lines = [text[i:i + 100] for i in range(0, len(text), 100)] or ['']
    body = '\n'.join('    "' + l + '"' for l in lines)
    return f'constexpr const char* k{name} =\n{body};\n'

print('// Generated from CPython 3.11 (Unicode 14.0.0) by the script at the end of this file.')
for name, bs in tables.items():
    print(literal(''.join(p.title() for p in name.split('_')), encode_bounds(bs)))
for name, m in (('Lower', lower), ('Upper', upper), ('TitleVsUpper', title_map), ('FoldVsLower', fold)):
    runs, multi = encode_map(m)
    print(literal(name + 'Runs', runs))
    print(literal(name + 'Multi', multi))
*/
