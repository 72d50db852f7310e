package org.marsad.kb;
public class DebugProbe {
    public static void main(String[] a) {
        var d = Shared.annotate(a[0]);
        for (var t : d.tokens()) System.out.println(t.norm() + " " + t.stems());
        for (var m : Shared.KB.actorIndex().scan(d.tokens(), 0, d.tokens().size())) System.out.println(m.firstToken()+"-"+m.endToken()+" "+m.value());
        d.mentions().forEach(System.out::println);
    }
}
